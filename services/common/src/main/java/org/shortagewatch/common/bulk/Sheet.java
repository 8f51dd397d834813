package org.shortagewatch.common.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
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
    public static class UnreadableFile extends Exception {

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
     * How many rows an upload may have: at most {@code dataRows} rows below at most {@code headerRows} rows of titles
     * and header. Blank rows count, as the spreadsheet numbers them.
     */
    public record RowCap(int dataRows, int headerRows) {

        /** The last row number the file may have. */
        public int lastRow() {
            return dataRows + headerRows;
        }
    }

    /**
     * A file with more rows than an upload may hold. Nothing past the first row over the cap is read, so a file that
     * inflates to millions of rows costs no more than the cap.
     */
    public static final class TooManyRows extends UnreadableFile {
        private final int row;
        private final RowCap cap;

        public TooManyRows(int row, RowCap cap) {
            super(Text.of(row + " 行目で上限を超えました。1 回のアップロードは見出しの下に " + cap.dataRows()
                    + " 行までです。ファイルを分けてください", "row " + row + " is over the cap: an upload holds at most "
                    + cap.dataRows() + " rows below its header; split the file"));
            this.row = row;
            this.cap = cap;
        }

        /** The first row over the cap, as the spreadsheet numbers it. */
        public int row() {
            return row;
        }

        public RowCap cap() {
            return cap;
        }
    }

    /**
     * Every row of the file, read as a stream (the file's text is never held whole).
     *
     * @param charset the charset a CSV upload declared, or null: then a byte-order mark decides, else UTF-8 if the
     *        bytes are valid UTF-8, else Shift_JIS
     * @param cap how many rows the file may have
     * @throws TooManyRows when the file has a row beyond the cap
     */
    public static List<SheetRow> read(FileFormat format, byte[] content, String charset, RowCap cap)
            throws UnreadableFile {
        List<SheetRow> rows = new ArrayList<>();
        visit(format, content, charset, withinCap(cap, rows::add));
        return rows;
    }

    /**
     * Checks that the file can be read to its end and has no row beyond the cap, keeping no row: what an upload can
     * be refused for before it is accepted.
     */
    public static void check(FileFormat format, byte[] content, String charset, RowCap cap) throws UnreadableFile {
        visit(format, content, charset, withinCap(cap, row -> { }));
    }

    /** Every row to {@code keep}, refusing the first row beyond the cap. */
    private static RowVisitor withinCap(RowCap cap, Consumer<SheetRow> keep) {
        return row -> {
            if (row.number() > cap.lastRow()) {
                throw new TooManyRows(row.number(), cap);
            }
            keep.accept(row);
            return true;
        };
    }

    /**
     * The first {@code rows} rows only, read without going through the rest of the file: enough to find a layout's
     * header before an upload is accepted.
     */
    public static List<SheetRow> head(FileFormat format, byte[] content, String charset, int rows)
            throws UnreadableFile {
        List<SheetRow> head = new ArrayList<>(rows);
        visit(format, content, charset, row -> {
            head.add(row);
            return head.size() < rows;
        });
        return head;
    }

    /** Takes the rows of a file one at a time, in order; answers whether it wants the next one. */
    @FunctionalInterface
    private interface RowVisitor {
        boolean visit(SheetRow row) throws UnreadableFile;
    }

    private static void visit(FileFormat format, byte[] content, String charset, RowVisitor visitor)
            throws UnreadableFile {
        if (format == FileFormat.XLSX) {
            xlsx(content, visitor);
        } else {
            csv(content, charset, visitor);
        }
    }

    private static void csv(byte[] content, String declared, RowVisitor visitor) throws UnreadableFile {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(CsvText.reader(content, declared))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                for (String cell : cells) {
                    if (cell.indexOf('\u0000') >= 0) {
                        throw new UnreadableFile(Text.of("NUL バイトを含むため CSV のテキストファイルではありません"
                                + "（UTF-16 で保存したファイルに含まれます。UTF-8 か Shift_JIS で保存し直してください）",
                                "holds NUL bytes, so it is not a CSV text file (a file saved as UTF-16 has them:"
                                + " save it as UTF-8 or Shift_JIS)"));
                    }
                }
                if (!visitor.visit(new SheetRow((int) record.getRecordNumber(), cells))) {
                    return;
                }
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(Text.of("CSV ファイルとして読めません: " + e.getMessage(),
                    "not a readable CSV file: " + e.getMessage()));
        }
    }

    private static void xlsx(byte[] content, RowVisitor visitor) throws UnreadableFile {
        if (!isWorkbook(content)) {
            boolean xls = content.length >= MAGIC_BYTES && ReadableWorkbook.isOLE2Header(content);
            throw new UnreadableFile(Text.of("xlsx 形式のブックではありません"
                    + (xls ? "（古い .xls 形式です。.xlsx か CSV で保存し直してください）" : ""),
                    "not an xlsx workbook" + (xls ? " (this is an old .xls file: save it as .xlsx or CSV)" : "")));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (!visitor.visit(new SheetRow(row.getRowNum(), cells))) {
                    return;
                }
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // the reader's own words (a zip entry, a missing part) tell an Excel user nothing; the English keeps them
            throw new UnreadableFile(Text.of("xlsx 形式のブックとして読めません。Excel で「Excel ブック (*.xlsx)」として"
                    + "保存し直すか、CSV（UTF-8）で送ってください",
                    "not a readable xlsx workbook (" + e.getMessage() + "); save it again as an Excel workbook (*.xlsx),"
                            + " or send CSV (UTF-8)"));
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
