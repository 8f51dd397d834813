package org.shortagewatch.common.bulk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.rest.Text;

/**
 * An uploaded file in a known layout: its header row, which column is where, and the non-blank rows below it. The
 * header is looked for in the first rows (published lists have title lines above it); columns are recognised by
 * the layout's own rule, in any order; unknown columns are ignored.
 *
 * @param <C> the layout's columns
 */
public final class Table<C extends Enum<C> & Column> {

    private final Map<C, Integer> index;
    private final Map<C, String> headers;
    private final int headerRow;
    private final List<SheetRow> rows;

    private Table(Map<C, Integer> index, Map<C, String> headers, int headerRow, List<SheetRow> rows) {
        this.index = index;
        this.headers = headers;
        this.headerRow = headerRow;
        this.rows = rows;
    }

    /**
     * Finds the header row within the first {@code searchRows} rows: the first row in which {@code recognise}
     * finds the {@code required} column.
     */
    public static <C extends Enum<C> & Column> Table<C> of(List<SheetRow> sheet, Class<C> columns,
            Function<String, Optional<C>> recognise, C required, int searchRows) throws UnreadableFile {
        for (int i = 0; i < Math.min(searchRows, sheet.size()); i++) {
            Map<C, Integer> index = new EnumMap<>(columns);
            Map<C, String> headers = new EnumMap<>(columns);
            List<String> cells = sheet.get(i).cells();
            for (int c = 0; c < cells.size(); c++) {
                int column = c;
                recognise.apply(cells.get(c)).ifPresent(known -> {
                    if (!index.containsKey(known)) {
                        index.put(known, column);
                        headers.put(known, cells.get(column).strip());
                    }
                });
            }
            if (index.containsKey(required)) {
                List<SheetRow> data = sheet.subList(i + 1, sheet.size()).stream().filter(r -> !r.blank()).toList();
                return new Table<>(index, headers, sheet.get(i).number(), data);
            }
        }
        throw new UnreadableFile(Text.of("先頭 " + searchRows + " 行に「" + required.header() + "」列のある見出し行がありません",
                "no header row with a " + required.header() + " column in the first " + searchRows + " rows"));
    }

    /** The header's row, as the spreadsheet numbers it. */
    public int headerRow() {
        return headerRow;
    }

    /**
     * Checks that no row stands more than {@code maxRows} below the header (blank rows count, as the spreadsheet
     * numbers them).
     */
    public void checkRows(int maxRows) throws Sheet.TooManyRows {
        Sheet.RowCap cap = new Sheet.RowCap(maxRows, headerRow);
        if (!rows.isEmpty() && rows.get(rows.size() - 1).number() > cap.lastRow()) {
            throw new Sheet.TooManyRows(cap.lastRow() + 1, cap);
        }
    }

    public boolean has(C column) {
        return index.containsKey(column);
    }

    /** The header of a column as the file wrote it (the layout's header when the file has no such column). */
    public String header(C column) {
        return headers.getOrDefault(column, column.header());
    }

    public List<SheetRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** A row's cell in a column, or null when the file has no such column or the row no such cell. */
    public String cell(SheetRow row, C column) {
        Integer i = index.get(column);
        return i == null ? null : row.cell(i);
    }
}
