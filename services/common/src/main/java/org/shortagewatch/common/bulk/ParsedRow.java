package org.shortagewatch.common.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.shortagewatch.common.bulk.Sheet.SheetRow;
import org.shortagewatch.common.rest.Text;

/** A row of an uploaded file read into {@code T}, or what is wrong with it (every error, not only the first). */
public final class ParsedRow<T> {

    private final int row;
    private final List<RowError> errors = new ArrayList<>();
    private T value;

    public ParsedRow(int row) {
        this.row = row;
    }

    public int row() {
        return row;
    }

    /** The row's value; null when it has errors. */
    public T value() {
        return errors.isEmpty() ? value : null;
    }

    public boolean valid() {
        return errors.isEmpty() && value != null;
    }

    public List<RowError> errors() {
        return errors;
    }

    public void reject(String column, String field, Text detail) {
        errors.add(new RowError(row, column, field, detail));
    }

    public void accept(T value) {
        this.value = value;
    }

    /**
     * Reads the cells of one row of a {@link Table}, collecting an error for every cell that cannot be read
     * ({@link Cells.CellException}) instead of stopping at the first.
     */
    public static final class Reader<T, C extends Enum<C> & Column> {

        private final Table<C> table;
        private final SheetRow sheetRow;
        private final ParsedRow<T> parsed;

        public Reader(Table<C> table, SheetRow sheetRow) {
            this.table = table;
            this.sheetRow = sheetRow;
            this.parsed = new ParsedRow<>(sheetRow.number());
        }

        /** The row being read, with the errors found so far. */
        public ParsedRow<T> parsed() {
            return parsed;
        }

        /** The cell read by {@code read}; null, and an error recorded, when it cannot be read. */
        public <V> V get(C column, Function<String, V> read) {
            try {
                return read.apply(table.cell(sheetRow, column));
            } catch (Cells.CellException e) {
                reject(column, e.detail());
                return null;
            }
        }

        /** As {@link #get}, and an error recorded when the cell is empty. */
        public <V> V required(C column, Function<String, V> read) {
            V value = get(column, read);
            if (value == null && !hasErrorIn(column)) {
                reject(column, Text.of("入力してください", "is required"));
            }
            return value;
        }

        public void reject(C column, Text detail) {
            parsed.reject(table.header(column), column.field(), detail);
        }

        private boolean hasErrorIn(C column) {
            return parsed.errors().stream().anyMatch(e -> e.field().equals(column.field()));
        }
    }
}
