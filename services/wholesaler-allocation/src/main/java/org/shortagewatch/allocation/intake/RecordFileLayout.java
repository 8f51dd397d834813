package org.shortagewatch.allocation.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.bulk.Sheet.UnreadableFile;
import org.shortagewatch.common.bulk.Table;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.Text;

/**
 * The header of a record file, checked strictly: the first non-blank row names the columns ({@link RecordColumn}),
 * in any order; a column it does not know, a column named twice or a required column missing is an error. A blank
 * header cell is no column (spreadsheets leave formatted empty cells), unless a row has data under it.
 */
final class RecordFileLayout {

    private final int headerRow;
    private final Map<RecordColumn, Integer> numbers;
    private final List<Problem.FieldError> errors;
    private final Table<RecordColumn> table;

    private RecordFileLayout(int headerRow, Map<RecordColumn, Integer> numbers, List<Problem.FieldError> errors,
            Table<RecordColumn> table) {
        this.headerRow = headerRow;
        this.numbers = numbers;
        this.errors = errors;
        this.table = table;
    }

    /** The file's layout; empty when the file has no non-blank row at all. */
    static Optional<RecordFileLayout> of(List<SheetRow> sheet) {
        int index = 0;
        while (index < sheet.size() && sheet.get(index).blank()) {
            index++;
        }
        if (index == sheet.size()) {
            return Optional.empty();
        }
        SheetRow header = sheet.get(index);
        List<SheetRow> below = sheet.subList(index + 1, sheet.size());
        Map<RecordColumn, Integer> numbers = new EnumMap<>(RecordColumn.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i) == null ? "" : header.cell(i).strip();
            Optional<RecordColumn> column = RecordColumn.ofHeader(name);
            if (column.isEmpty() && (!name.isEmpty() || hasData(below, i))) {
                errors.add(error(header.number(), i + 1, name, Text.of(
                        "「" + name + "」という列はありません。列は " + RecordColumn.HEADERS + " です",
                        "unknown column '" + name + "'; the columns are " + RecordColumn.HEADERS)));
            } else if (column.isPresent() && numbers.putIfAbsent(column.get(), i + 1) != null) {
                errors.add(error(header.number(), i + 1, name,
                        Text.of("列「" + name + "」が 2 回あります", "column '" + name + "' appears twice")));
            }
        }
        for (RecordColumn column : RecordColumn.values()) {
            if (column.required() && !numbers.containsKey(column)) {
                errors.add(RecordFileErrors.inRow(header.number(), column.field(), column.header(), Text.of(
                        header.number() + " 行目: 必須の列「" + column.header() + "」がありません",
                        "row " + header.number() + ": the required column '" + column.header() + "' is missing")));
            }
        }
        Table<RecordColumn> table = null;
        if (errors.isEmpty()) {
            try {
                table = Table.of(sheet, RecordColumn.class, RecordColumn::ofHeader, RecordColumn.FACILITY_CODE,
                        index + 1);
            } catch (UnreadableFile e) {
                throw new IllegalStateException("a checked header is one Table finds", e);
            }
        }
        return Optional.of(new RecordFileLayout(header.number(), numbers, errors, table));
    }

    /** The header's row, as the spreadsheet numbers it. */
    int headerRow() {
        return headerRow;
    }

    /** What is wrong with the header; when anything is, the file cannot be read. */
    List<Problem.FieldError> errors() {
        return errors;
    }

    /** The file's non-blank rows below the header, their cells by column; null when the header has errors. */
    Table<RecordColumn> table() {
        return table;
    }

    /** An error in a row below the header, pointing at its cell when the file has the column. */
    Problem.FieldError error(RowError error) {
        return RecordFileErrors.inCell(error, RecordColumn.ofField(error.field()).map(numbers::get).orElse(null));
    }

    private static Problem.FieldError error(int row, int columnNumber, String name, Text detail) {
        return RecordFileErrors.inCell(new RowError(row, name, name, detail), columnNumber);
    }

    private static boolean hasData(List<SheetRow> rows, int index) {
        return rows.stream().anyMatch(row -> row.cell(index) != null && !row.cell(index).isBlank());
    }
}
