package org.shortagewatch.notification.domain.upload;

import org.shortagewatch.common.bulk.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shortagewatch.common.bulk.FileFormat;

/** Files as the upload tests send them: CSV in the charsets spreadsheets save, and xlsx workbooks. */
public final class Uploads {

    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private Uploads() {
    }

    public static UploadedFile csv(String text) {
        return new UploadedFile(FileFormat.CSV, text.getBytes(StandardCharsets.UTF_8), null);
    }

    public static UploadedFile csv(String text, Charset charset) {
        return new UploadedFile(FileFormat.CSV, text.getBytes(charset), null);
    }

    public static UploadedFile xlsx(List<List<Object>> rows) {
        return new UploadedFile(FileFormat.XLSX, workbook(rows), null);
    }

    /** A workbook whose first sheet holds the rows (numbers as numbers, null cells left empty). */
    public static byte[] workbook(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "shortage-watch-test", "1.0")) {
            Worksheet ws = wb.newWorksheet("一覧");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        ws.value(r, c, number);
                    } else if (value != null) {
                        ws.value(r, c, value.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
