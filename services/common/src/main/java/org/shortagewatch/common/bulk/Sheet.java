package org.shortagewatch.common.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.shortagewatch.common.rest.Text;

/**
 * The rows of an uploaded file as text, whatever it came as: CSV in UTF-8 (with or without a byte-order mark) or in
 * Shift_JIS (what Japanese spreadsheets save), or the first sheet of an xlsx workbook. Rows are numbered as a
 * spreadsheet numbers them, from 1.
 */
public final class Sheet {

    /** Windows' Shift_JIS, what Japanese spreadsheets save CSV in. */
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** One row of the file: its number as a spreadsheet shows it, and its cells (null where empty). */
    public record SheetRow(int number, List<String> cells) {

        /** The cell at {@code index}, or null when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /**
     * A file that cannot be read at all, or does not have the layout asked for; {@link #reason()} says why in both
     * languages, the message in English.
     */
    public static final class UnreadableFile extends Exception {

        private final transient Text reason;

        public UnreadableFile(Text reason) {
            super(reason.en());
            this.reason = reason;
        }

        /** Why the file cannot be read, in both languages. */
        public Text reason() {
            return reason;
        }
    }

    /** How many leading bytes the workbook checks read; a shorter file is no workbook (and would make them throw). */
    private static final int MAGIC_BYTES = 8;

    private Sheet() {
    }

    /** Whether the bytes begin as an xlsx workbook does (a zip); false for anything shorter than that beginning. */
    public static boolean isWorkbook(byte[] content) {
        return content.length >= MAGIC_BYTES && ReadableWorkbook.isOOXMLZipHeader(content);
    }

    /**
     * Every row of the file.
     *
     * @param charset the charset a CSV upload declared, or null: then a byte-order mark decides, else UTF-8 if the
     *        bytes are valid UTF-8, else Shift_JIS
     */
    public static List<SheetRow> read(FileFormat format, byte[] content, String charset) throws UnreadableFile {
        return format == FileFormat.XLSX ? xlsx(content, Integer.MAX_VALUE) : csv(content, charset, Integer.MAX_VALUE);
    }

    /**
     * The first {@code rows} rows only, read without going through the rest of the file: enough to find a layout's
     * header before an upload is accepted.
     */
    public static List<SheetRow> head(FileFormat format, byte[] content, String charset, int rows)
            throws UnreadableFile {
        return format == FileFormat.XLSX ? xlsx(content, rows) : csv(content, charset, rows);
    }

    private static List<SheetRow> csv(byte[] content, String declared, int limit) throws UnreadableFile {
        String text = decode(content, declared);
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableFile(Text.of("NUL バイトを含むため CSV のテキストファイルではありません（UTF-16 で保存した"
                    + "ファイルに含まれます。UTF-8 か Shift_JIS で保存し直してください）",
                    "holds NUL bytes, so it is not a CSV text file (a file saved as UTF-16 has them:"
                    + " save it as UTF-8 or Shift_JIS)"));
        }
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() == limit) {
                    break;
                }
                rows.add(new SheetRow((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(Text.of("CSV ファイルとして読めません: " + e.getMessage(),
                    "not a readable CSV file: " + e.getMessage()));
        }
        return rows;
    }

    /** The text of a CSV file: a byte-order mark, else the declared charset, else UTF-8 if valid, else Shift_JIS. */
    public static String decode(byte[] content, String declared) throws UnreadableFile {
        if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (declared != null) {
            try {
                return new String(content, charsetNamed(declared));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UnreadableFile(Text.of("文字コード「" + declared + "」は読めません",
                        "unknown charset '" + declared + "'"));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, SHIFT_JIS);
        }
    }

    /**
     * The charset a declared name means. Japanese spreadsheets save "Shift_JIS" that is really Windows' variant
     * (CP932: ①, ㈱, NEC and IBM extensions), and people name it Shift_JIS, SJIS, MS932, CP932 or Windows-31J;
     * all are read as CP932, a superset of JIS X 0208 Shift_JIS.
     */
    static Charset charsetNamed(String declared) {
        String name = declared.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
        return switch (name) {
            case "shift_jis", "shiftjis", "sjis", "x_sjis", "ms932", "cp932", "windows_31j", "csshiftjis",
                    "cswindows31j" -> SHIFT_JIS;
            default -> Charset.forName(declared.strip());
        };
    }

    /** Whether a declared charset name is one this toolkit can read. */
    public static boolean knownCharset(String declared) {
        try {
            charsetNamed(declared);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<SheetRow> xlsx(byte[] content, int limit) throws UnreadableFile {
        if (!isWorkbook(content)) {
            boolean xls = content.length >= MAGIC_BYTES && ReadableWorkbook.isOLE2Header(content);
            throw new UnreadableFile(Text.of("xlsx 形式のブックではありません"
                    + (xls ? "（古い .xls 形式です。.xlsx か CSV で保存し直してください）" : ""),
                    "not an xlsx workbook" + (xls ? " (this is an old .xls file: save it as .xlsx or CSV)" : "")));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<SheetRow> rows = new ArrayList<>();
            stream.limit(limit).forEach(row -> {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new SheetRow(row.getRowNum(), cells));
            });
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(Text.of("xlsx 形式のブックとして読めません: " + e.getMessage(),
                    "not a readable xlsx workbook: " + e.getMessage()));
        }
    }

    /** A cell as text: numbers without an exponent (a date cell's serial number is read as a date later). */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
