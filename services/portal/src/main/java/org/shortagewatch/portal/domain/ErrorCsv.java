package org.shortagewatch.portal.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A bulk upload's row errors as a CSV file the manufacturer opens in Excel to fix the rows: UTF-8 with a byte-order
 * mark (without it Excel reads Japanese as Shift_JIS), CRLF line ends, and every cell quoted where RFC 4180 needs it.
 * A cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) starts with an
 * apostrophe, so the file runs nothing that an uploaded cell said.
 */
public final class ErrorCsv {

    /** One error: row as the spreadsheet numbers it, column as the file wrote it, the API field, what is wrong. */
    public record Line(Integer row, String column, String field, String detail) {
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ErrorCsv() {
    }

    /** The file: the header (in the page's words) and one line per error. */
    public static byte[] of(List<String> header, List<Line> lines) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (Line l : lines) {
            line(csv, java.util.Arrays.asList(l.row() == null ? "" : l.row().toString(), l.column(), l.field(),
                    l.detail()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell, quoted when it holds a comma, a quote or a line end; a would-be formula made text. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
