package org.shortagewatch.report.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.common.rest.Language;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.BulkJobState;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.report.persistence.BulkJob;

@Schema(description = "A bulk upload and how far it got. errors name row (as the spreadsheet numbers it), column"
        + " (its header) and field, and say what is wrong in Japanese unless Accept-Language prefers English; at most"
        + " the first 1000 are listed, errorCount counts all (a list of jobs leaves errors out). validatedRows grows"
        + " while the rows are checked.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkJobView(
        UUID id,
        BulkJobKind kind,
        String mode,
        FileFormat format,
        BulkJobState state,
        Integer totalRows,
        int validatedRows,
        int acceptedRows,
        @Schema(description = "Of the accepted rows, those that repeated what was recorded already (a status as the"
                + " product has it on the row's effective date, a row with no status, a product's master record as it"
                + " is): no new revision, version or event")
        int unchangedRows,
        @Schema(description = "The rows with at least one error, in either mode")
        int rejectedRows,
        int errorCount,
        List<Problem.FieldError> errors,
        String failure,
        @Schema(description = "Status changes only: how many of the accepted changes are on Kafka already")
        Long eventsPublished,
        Instant submittedAt,
        Instant startedAt,
        Instant finishedAt) {

    /**
     * The job as {@code language} reads it: its row errors' details and its failure in that language.
     *
     * @param errors null to leave the errors out (a list of jobs)
     */
    static BulkJobView of(BulkJob job, List<RowError> errors, Long eventsPublished, Language language) {
        return new BulkJobView(job.id, job.kind, job.mode.parameter(), job.format, job.state, job.totalRows,
                job.validatedRows, job.acceptedRows, job.unchangedRows, job.rejectedRows, job.errorCount,
                errors == null ? null : errors.stream().map(error -> error.toFieldError().in(language)).toList(),
                language == Language.JA && job.failureJa != null ? job.failureJa : job.failure, eventsPublished, job.submittedAt, job.startedAt, job.finishedAt);
    }
}
