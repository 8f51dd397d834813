package org.shortagewatch.common.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Japanese spreadsheet users open it: UTF-8 with a byte-order mark (without it, Japanese text is garbled), and
 * safe to open: a text cell that a spreadsheet would run as a formula (it begins with {@code = + - @}, a tab or a
 * carriage return) is written with a leading {@code '}, as OWASP recommends against CSV injection; numbers are
 * written as they are.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    /** What a spreadsheet takes for the start of a formula. */
    private static final String FORMULA_START = "=+-@\t\r";
    /** A signed decimal number, which is no formula. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private Csv() {
    }

    /** Writes the rows; null cells are empty. */
    public static void write(Iterable<? extends List<?>> rows, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT)) {
                for (List<?> row : rows) {
                    printer.printRecord(row.stream().map(Csv::cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as its cell's text: empty for null, numbers as they are, text that could run as a formula defused. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number || text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        return FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static byte[] bytes(Iterable<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(rows, out);
        return out.toByteArray();
    }
}
