package org.shortagewatch.notification.domain.upload;

import java.util.List;
import java.util.Optional;

import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.bulk.Sheet;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;

/**
 * A file as an upload brought it: its format, its bytes and the charset a CSV upload declared (null when it
 * declared none: then the bytes decide, see {@link Sheet#read}).
 */
public record UploadedFile(FileFormat format, byte[] content, String charset) {

    /** The file a request body of {@code contentType} carries; empty when the type is neither CSV nor xlsx. */
    public static Optional<UploadedFile> of(String contentType, byte[] content) {
        return FileFormat.ofMediaType(contentType).map(format -> new UploadedFile(format,
                content == null ? new byte[0] : content, format == FileFormat.CSV ? charsetOf(contentType) : null));
    }

    /** The charset parameter of a media type such as {@code text/csv; charset=Shift_JIS}, or null. */
    static String charsetOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    /**
     * Every row of the file, numbered as a spreadsheet numbers it.
     *
     * @throws UnreadableFile when the file is empty (nothing but blank rows) or cannot be read at all
     */
    List<SheetRow> rows() throws UnreadableFile {
        String empty = format == FileFormat.CSV ? "the CSV is empty" : "the workbook's first sheet is empty";
        if (content.length == 0) {
            throw new UnreadableFile(empty);
        }
        List<SheetRow> rows = Sheet.read(format, content, charset);
        if (rows.stream().allMatch(SheetRow::blank)) {
            throw new UnreadableFile(empty);
        }
        return rows;
    }
}
