package org.shortagewatch.common.bulk;

import java.util.List;

import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;

/**
 * A bulk file as posted: its format and, for CSV, the charset its Content-Type declared (null when it declared
 * none: then the bytes decide, see {@link org.shortagewatch.common.bulk.Sheet#read(FileFormat, byte[], String, Sheet.RowCap)}).
 */
public record UploadedFile(FileFormat format, byte[] content, String charset) {

    /** The media types a bulk file may be posted as, for {@code @Consumes}. */
    public static final String CSV = FileFormat.CSV_MEDIA_TYPE;
    public static final String XLSX = FileFormat.XLSX_MEDIA_TYPE;

    /** The file a request carried; 415 when its Content-Type is neither CSV nor xlsx. */
    public static UploadedFile of(String contentType, byte[] content) {
        FileFormat format = FileFormat.ofMediaType(contentType).orElseThrow(() -> new ProblemException(415,
                "Unsupported Media Type", Text.of("ファイルは " + CSV + " か " + XLSX + " として送ってください",
                        "post the file as " + CSV + " or " + XLSX),
                List.of(Problem.FieldError.of("Content-Type", Text.of(CSV + " か " + XLSX + " にしてください",
                        "must be " + CSV + " or " + XLSX)))));
        String charset = charset(contentType);
        if (charset != null && !CsvText.knownCharset(charset)) {
            throw new ProblemException(415, "Unsupported Media Type", Text.of(
                    "文字コード「" + charset + "」は読めません（UTF-8 か Shift_JIS で保存してください）",
                    "the charset '" + charset + "' cannot be read: save the file as UTF-8 or Shift_JIS"),
                    List.of(Problem.FieldError.of("Content-Type", Text.of("charset は UTF-8 か Shift_JIS にしてください",
                            "charset must be UTF-8 or Shift_JIS"))));
        }
        return new UploadedFile(format, content == null ? new byte[0] : content, charset);
    }

    /** The charset parameter of a media type such as {@code text/csv; charset=Shift_JIS}, or null. */
    public static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
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
     * @param cap how many rows the file may have
     * @throws Sheet.UnreadableFile when the file is empty (nothing but blank rows) or cannot be read at all
     * @throws Sheet.TooManyRows when it has more rows than that
     */
    public List<Sheet.SheetRow> rows(Sheet.RowCap cap) throws Sheet.UnreadableFile {
        Text empty = format == FileFormat.CSV ? Text.of("CSV が空です", "the CSV is empty")
                : Text.of("ブックの最初のシートが空です", "the workbook's first sheet is empty");
        if (content.length == 0) {
            throw new Sheet.UnreadableFile(empty);
        }
        List<Sheet.SheetRow> rows = Sheet.read(format, content, charset, cap);
        if (rows.stream().allMatch(Sheet.SheetRow::blank)) {
            throw new Sheet.UnreadableFile(empty);
        }
        return rows;
    }
}
