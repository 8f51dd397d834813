package org.shortagewatch.report.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.bulk.RowError;
import org.shortagewatch.common.rest.Text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code errors} column of a bulk job: its first row errors as a JSON array (row, column, field, detail in
 * English, detailJa in Japanese). The job is read later, by whoever asks and in their language, so both languages are
 * kept; an error stored before the Japanese was (no detailJa) reads in English either way. A job keeps at most
 * {@value #KEPT} errors to show; its error count covers all.
 */
@ApplicationScoped
public class BulkJobErrors {

    /** How many errors a job keeps to show. */
    public static final int KEPT = 1000;

    private static final TypeReference<List<StoredError>> LIST = new TypeReference<>() {
    };

    /** A row error as the column holds it. */
    record StoredError(int row, String column, String field, String detail, String detailJa) {

        static StoredError of(RowError error) {
            return new StoredError(error.row(), error.column(), error.field(), error.detail().en(),
                    error.detail().ja());
        }

        RowError toRowError() {
            return new RowError(row, column, field, Text.of(detailJa == null ? detail : detailJa, detail));
        }
    }

    @Inject
    ObjectMapper json;

    /** The column's value for these errors: the first {@value #KEPT} of them. */
    public String toColumn(List<RowError> errors) {
        try {
            return json.writeValueAsString(
                    errors.subList(0, Math.min(KEPT, errors.size())).stream().map(StoredError::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The errors a job kept; none when the column is empty. */
    public List<RowError> fromColumn(BulkJob job) {
        if (job.errors == null || job.errors.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue(job.errors, LIST).stream().map(StoredError::toRowError).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bulk job " + job.id + " has unreadable errors", e);
        }
    }
}
