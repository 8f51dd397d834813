package org.shortagewatch.allocation.intake;

import java.util.List;

import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.Text;

/**
 * What a {@link RecordFileReader} read: the records and the row each came from, or the errors found (never both).
 *
 * @param rows the row of each record, as the spreadsheet numbers it
 */
public record RecordFile(List<WholesalerRecord> records, List<Integer> rows, List<Problem.FieldError> errors) {

    static RecordFile refused(List<Problem.FieldError> errors) {
        return new RecordFile(List.of(), List.of(), errors);
    }

    /**
     * An error about a record, found after reading the file (its unit is not its product's, say), pointing at the
     * record's row the way the reader's own errors do.
     *
     * @param index the record's position in {@link #records()}, from 0
     * @param field the field at fault; its column is the one with that header
     */
    public Problem.FieldError recordError(int index, String field, Text message) {
        return RecordFileErrors.inCell(new RowError(rows.get(index), field, field, message), null);
    }
}
