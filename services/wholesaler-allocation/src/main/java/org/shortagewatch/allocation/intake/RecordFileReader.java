package org.shortagewatch.allocation.intake;

import org.shortagewatch.common.bulk.UploadedFile;
import org.shortagewatch.allocation.domain.RecordKind;

/**
 * Reads a wholesaler's bulk file of orders, shipments or stock, all or nothing: every record, or every error, each
 * naming where in the file it is. What the intake of wholesaler files sees of reading one; today
 * {@link SpreadsheetRecordFileReader}.
 */
public interface RecordFileReader {

    /**
     * Reads the file.
     *
     * @param kind the kind of every record in it
     * @param wholesalerCode the wholesaler that posts it
     * @param maxRows the most records it may hold
     */
    RecordFile read(UploadedFile file, RecordKind kind, String wholesalerCode, int maxRows);
}
