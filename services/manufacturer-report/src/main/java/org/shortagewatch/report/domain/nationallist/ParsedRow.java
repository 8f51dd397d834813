package org.shortagewatch.report.domain.nationallist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.shortagewatch.report.domain.nationallist.ListFile.SheetRow;

/** A row of an uploaded file read into {@code T}, or what is wrong with it. */
public final class ParsedRow<T> {

    private final int row;
    private final List<RowError> errors = new ArrayList<>();
    private T value;

    ParsedRow(int row) {
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

    public void reject(String column, String field, String detail) {
        errors.add(new RowError(row, column, field, detail));
    }

    void accept(T value) {
        this.value = value;
    }

    /** Reads the cells of one row, collecting an error for every cell that cannot be read instead of stopping. */
    static final class Reader<T> {
        final ListFile file;
        final SheetRow sheetRow;
        final ParsedRow<T> parsed;

        Reader(ListFile file, SheetRow sheetRow) {
            this.file = file;
            this.sheetRow = sheetRow;
            this.parsed = new ParsedRow<>(sheetRow.number());
        }

        <V> V get(ListColumn column, Function<String, V> read) {
            try {
                return read.apply(file.cell(sheetRow, column));
            } catch (Cells.CellException e) {
                reject(column, e.getMessage());
                return null;
            }
        }

        <V> V required(ListColumn column, Function<String, V> read) {
            V value = get(column, read);
            if (value == null && !hasErrorIn(column)) {
                reject(column, "is required");
            }
            return value;
        }

        void reject(ListColumn column, String detail) {
            parsed.reject(file.header(column), column.field(), detail);
        }

        private boolean hasErrorIn(ListColumn column) {
            return parsed.errors().stream().anyMatch(e -> e.field().equals(column.field()));
        }
    }
}
