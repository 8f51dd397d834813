package org.shortagewatch.allocation.intake;

import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.common.rest.Problem;

/**
 * Reads a wholesaler's bulk file of orders, shipments or stock, all or nothing: every record, or every error, each
 * naming where in the file it is. What the intake of wholesaler files sees of a file format; today
 * {@link CsvRecordFileReader}.
 */
public interface RecordFileReader {

    /**
     * Reads the file.
     *
     * @param kind the kind of every record in it
     * @param wholesalerCode the wholesaler that posts it
     * @param maxRows the most records it may hold
     */
    RecordFile read(String body, RecordKind kind, String wholesalerCode, int maxRows);

    /**
     * An error about a record read from a file, found after reading it (its unit is not its product's, say),
     * pointing at the record in the file the way the reader's own errors do.
     *
     * @param index the record's position among those {@link #read} answered, from 0
     */
    Problem.FieldError recordError(int index, String field, String message);
}
