package org.shortagewatch.notification.domain.upload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shortagewatch.common.bulk.Column;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.bulk.Table;

/**
 * A layout whose columns are known by their place (a column's place is its enum ordinal), below an optional header
 * row. Common's {@link Table} finds columns by their headers, so the rows are given a header row that names the
 * layout's columns in their places: the file's own header texts where it has a header (so errors name the column as
 * the file wrote it), the layout's headers otherwise.
 */
final class PositionalLayout {

    private PositionalLayout() {
    }

    /**
     * @param headed whether the first row of {@code sheet} is a header row (left out of the table's rows)
     */
    static <C extends Enum<C> & Column> Table<C> table(List<SheetRow> sheet, Class<C> columns, boolean headed)
            throws UnreadableFile {
        C[] layout = columns.getEnumConstants();
        List<String> headers = new ArrayList<>(layout.length);
        for (C column : layout) {
            String written = headed ? sheet.get(0).cell(column.ordinal()) : null;
            headers.add(written == null || written.isBlank() ? column.header() : written.strip());
        }
        if (new HashSet<>(headers).size() < headers.size()) {
            // a header repeating itself cannot tell the columns apart: the layout's own headers do
            headers = Arrays.stream(layout).map(Column::header).toList();
        }
        Map<String, C> byHeader = new HashMap<>();
        for (C column : layout) {
            byHeader.put(headers.get(column.ordinal()), column);
        }
        List<SheetRow> rows = new ArrayList<>(sheet.size() + 1);
        rows.add(new SheetRow(headed ? sheet.get(0).number() : 0, headers));
        rows.addAll(headed ? sheet.subList(1, sheet.size()) : sheet);
        return Table.of(rows, columns, header -> Optional.ofNullable(byHeader.get(header)), layout[0], 1);
    }

    /** A cell without the white space around it; empty for none. */
    static String stripped(String cell) {
        return cell == null ? "" : cell.strip();
    }
}
