package org.shortagewatch.report.domain.nationallist;

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
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An uploaded file in the national list's layout: its header row, which column is where, and the rows below it.
 * The header is looked for in the first rows (the published list has title lines above it); columns are found by
 * their circled number or a tolerant label, in any order; unknown columns are ignored.
 */
public final class ListFile {

    /** How many rows from the top may come before the header. */
    private static final int HEADER_SEARCH_ROWS = 20;
    /** Windows' Shift_JIS, what Japanese spreadsheets save CSV in. */
    private static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** One row of the file, numbered as a spreadsheet numbers it (from 1, the header row included). */
    public record SheetRow(int number, List<String> cells) {
        String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** A file that cannot be read at all, or has no recognisable header. */
    public static final class UnreadableFile extends Exception {
        public UnreadableFile(String message) {
            super(message);
        }
    }

    private final Map<ListColumn, Integer> index;
    private final Map<ListColumn, String> headers;
    private final List<SheetRow> rows;

    private ListFile(Map<ListColumn, Integer> index, Map<ListColumn, String> headers, List<SheetRow> rows) {
        this.index = index;
        this.headers = headers;
        this.rows = rows;
    }

    /**
     * @param charset the charset a CSV upload declared, or null: then a byte-order mark decides, else UTF-8 if the
     *        bytes are valid UTF-8, else Shift_JIS
     */
    public static ListFile read(FileFormat format, byte[] content, String charset) throws UnreadableFile {
        List<SheetRow> sheet = format == FileFormat.XLSX ? xlsx(content) : csv(content, charset);
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.size()); i++) {
            Map<ListColumn, Integer> index = new EnumMap<>(ListColumn.class);
            Map<ListColumn, String> headers = new EnumMap<>(ListColumn.class);
            List<String> cells = sheet.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                int column = c;
                ListColumn.ofHeader(cells.get(c)).ifPresent(known -> {
                    if (!index.containsKey(known)) {
                        index.put(known, column);
                        headers.put(known, cells.get(column).strip());
                    }
                });
            }
            if (index.containsKey(ListColumn.YJ_CODE)) {
                List<SheetRow> data = sheet.subList(i + 1, sheet.size()).stream().filter(r -> !r.blank()).toList();
                return new ListFile(index, headers, data);
            }
        }
        throw new UnreadableFile("no header row with a ⑤YJコード column in the first " + HEADER_SEARCH_ROWS + " rows");
    }

    public boolean has(ListColumn column) {
        return index.containsKey(column);
    }

    /** The header of a column as the file wrote it (its canonical header when the file has no such column). */
    public String header(ListColumn column) {
        return headers.getOrDefault(column, column.header());
    }

    public List<SheetRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** A row's cell in a column, or null when the file has no such column or the row no such cell. */
    public String cell(SheetRow row, ListColumn column) {
        Integer i = index.get(column);
        return i == null ? null : row.cell(i);
    }

    private static List<SheetRow> csv(byte[] content, String declared) throws UnreadableFile {
        String text = decode(content, declared);
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                rows.add(new SheetRow((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("not a readable CSV file: " + e.getMessage());
        }
        return rows;
    }

    private static String decode(byte[] content, String declared) throws UnreadableFile {
        if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (declared != null) {
            try {
                return new String(content, Charset.forName(declared));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UnreadableFile("unknown charset '" + declared + "'");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, SHIFT_JIS);
        }
    }

    private static List<SheetRow> xlsx(byte[] content) throws UnreadableFile {
        if (!ReadableWorkbook.isOOXMLZipHeader(content)) {
            throw new UnreadableFile("not an xlsx workbook" + (ReadableWorkbook.isOLE2Header(content)
                    ? " (this is an old .xls file: save it as .xlsx or CSV)" : ""));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<SheetRow> rows = new ArrayList<>();
            stream.forEach(row -> {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new SheetRow(row.getRowNum(), cells));
            });
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("not a readable xlsx workbook: " + e.getMessage());
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
