package org.shortagewatch.allocation.intake;

import java.util.List;

import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.common.rest.Problem;

/** What a {@link RecordFileReader} read: the records, or the errors found (never both). */
public record RecordFile(List<WholesalerRecord> records, List<Problem.FieldError> errors) {
}
