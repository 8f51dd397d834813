package org.shortagewatch.portal.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk upload's row errors as a CSV file the manufacturer opens in Excel to fix the rows: UTF-8 with a byte-order
 * mark (without it Excel reads Japanese as Shift_JIS), CRLF line ends, and every cell quoted where RFC 4180 needs it.
 * A cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return first, as the services' exports have it) starts with an apostrophe, so the file runs nothing that an
 * uploaded cell said.
 */
public final class ErrorCsv {

    /** One error as the page's table shows it: row as the spreadsheet numbers it, column as the file wrote it. */
    public record Line(Integer row, String column, String detail) {
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> HEADER = List.of("行", "列", "内容");
    private static final List<String> HEADER_EN = List.of("row", "column", "detail");

    private ErrorCsv() {
    }

    /** The file: the header in the page's language and one line per error. */
    public static byte[] of(boolean english, List<Line> lines) {
        StringBuilder csv = new StringBuilder();
        line(csv, english ? HEADER_EN : HEADER);
        for (Line l : lines) {
            line(csv, java.util.Arrays.asList(l.row() == null ? "" : l.row().toString(), l.column(), l.detail()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * The errors a page's download form sends back, one {@code row}, {@code column} and {@code detail} each (the
     * table the page showed: the portal keeps no upload); a value the form left out is empty.
     */
    public static List<Line> fromForm(List<String> row, List<String> column, List<String> detail) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; detail != null && i < detail.size(); i++) {
            lines.add(new Line(FormInput.linkCount(at(row, i)), at(column, i), detail.get(i)));
        }
        return lines;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? "" : values.get(i);
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
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
