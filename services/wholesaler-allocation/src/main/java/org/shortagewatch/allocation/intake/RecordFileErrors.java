package org.shortagewatch.allocation.intake;

import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.rest.Problem.FieldError;
import org.shortagewatch.common.rest.Text;

/**
 * The errors of a record file as problem+json entries: common's form (row as the spreadsheet numbers it, column as
 * the file wrote its header, see {@link RowError#toFieldError()}) with the pointer and wording this service has
 * always given, naming the cell the way RFC 7111 fragment identifiers do ({@code #cell=row,column}, columns counted
 * from 1) or, when the column is not in the file, the row ({@code #row=row}).
 */
final class RecordFileErrors {

    private RecordFileErrors() {
    }

    /**
     * An error in a cell, or in a row when {@code columnNumber} is null; the detail says where, then what, in both
     * languages.
     *
     * @param columnNumber the column's position in the file, from 1; null when the file has no such column
     */
    static FieldError inCell(RowError error, Integer columnNumber) {
        FieldError inFile = error.toFieldError();
        String pointer = columnNumber == null ? "#row=" + error.row() : "#cell=" + error.row() + "," + columnNumber;
        String where = columnNumber == null ? "row " + error.row() : "row " + error.row() + ", column " + columnNumber;
        String whereJa = columnNumber == null ? error.row() + "行目" : error.row() + "行目、" + columnNumber + "列目";
        return new FieldError(inFile.field(), pointer, where + " (" + inFile.field() + "): " + error.detail().en(),
                inFile.row(), inFile.column(), whereJa + "（" + inFile.field() + "）: " + error.detail().ja());
    }

    /**
     * An error about a row as a whole, worded by the caller.
     *
     * @param column the header of the column it is about, or null
     */
    static FieldError inRow(int row, String field, String column, Text detail) {
        return new FieldError(field, "#row=" + row, detail.en(), row, column, detail.ja());
    }
}
