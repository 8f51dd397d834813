package org.shortagewatch.report.domain.nationallist;

import java.util.List;

import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.bulk.Sheet;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.bulk.Table;

/**
 * An uploaded file in the national list's layout ({@link ListColumn}): the header is looked for in the first 20 rows
 * (the published list has title lines above it) as the row with a ⑤YJコード column; columns in any order; unknown
 * columns ignored. Reading the file itself is common's bulk toolkit ({@link Sheet}, {@link Table}).
 */
public final class ListFile {

    /** How many rows from the top may come before the header. */
    private static final int HEADER_SEARCH_ROWS = 20;

    private final Table<ListColumn> table;

    private ListFile(Table<ListColumn> table) {
        this.table = table;
    }

    /**
     * @param charset the charset a CSV upload declared, or null: then a byte-order mark decides, else UTF-8 if the
     *        bytes are valid UTF-8, else Shift_JIS
     * @param maxRows the most rows the file may have below its header
     * @throws Sheet.TooManyRows when it has more (nothing past the first row over is read)
     */
    public static ListFile read(FileFormat format, byte[] content, String charset, int maxRows)
            throws UnreadableFile {
        Table<ListColumn> table = Table.of(Sheet.read(format, content, charset,
                new Sheet.RowCap(maxRows, HEADER_SEARCH_ROWS)), ListColumn.class, ListColumn::ofHeader,
                ListColumn.YJ_CODE, HEADER_SEARCH_ROWS);
        table.checkRows(maxRows);
        return new ListFile(table);
    }

    /**
     * Checks, before an upload is accepted, what can be checked without reading its rows' cells: that it can be read
     * (charset, no NUL bytes, a workbook that opens), that the national list's header stands in its first rows, and
     * that rows follow it; then that the rest reads to its end within the cap, keeping no row.
     *
     * @param statusChanges whether the file reports statuses (then its header must have ⑫, the shipment response)
     * @param maxRows the most rows the file may have below its header
     * @throws UnreadableFile saying what is wrong, for a 400 naming the file
     */
    public static void check(FileFormat format, byte[] content, String charset, boolean statusChanges, int maxRows)
            throws UnreadableFile {
        ListFile top = new ListFile(Table.of(Sheet.head(format, content, charset, HEADER_SEARCH_ROWS + 1),
                ListColumn.class, ListColumn::ofHeader, ListColumn.YJ_CODE, HEADER_SEARCH_ROWS));
        if (statusChanges && !top.has(ListColumn.SHIPMENT_RESPONSE)) {
            throw noShipmentResponse();
        }
        if (top.rows().stream().allMatch(SheetRow::blank)) {
            throw new UnreadableFile(Text.of("見出し行の下に行がありません", "has a header and no rows below it"));
        }
        Sheet.check(format, content, charset, new Sheet.RowCap(maxRows, top.table.headerRow()));
    }

    /** A status file without the shipment-response column, which every status report needs. */
    static UnreadableFile noShipmentResponse() {
        String header = ListColumn.SHIPMENT_RESPONSE.header();
        return new UnreadableFile(Text.of("「" + header + "」列がありません", "no " + header + " column"));
    }

    /** The file as a table of the national list's columns. */
    public Table<ListColumn> table() {
        return table;
    }

    public boolean has(ListColumn column) {
        return table.has(column);
    }

    /** The header of a column as the file wrote it (its canonical header when the file has no such column). */
    public String header(ListColumn column) {
        return table.header(column);
    }

    public List<SheetRow> rows() {
        return table.rows();
    }

    /** A row's cell in a column, or null when the file has no such column or the row no such cell. */
    public String cell(SheetRow row, ListColumn column) {
        return table.cell(row, column);
    }
}
