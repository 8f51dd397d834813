package org.shortagewatch.common.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV as Japanese spreadsheet users open it: UTF-8 with a byte-order mark (without it, Japanese text is garbled). */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private Csv() {
    }

    /** Writes the rows; null cells are empty. */
    public static void write(Iterable<? extends List<?>> rows, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT)) {
                for (List<?> row : rows) {
                    printer.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(rows, out);
        return out.toByteArray();
    }
}
