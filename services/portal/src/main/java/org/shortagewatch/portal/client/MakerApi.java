package org.shortagewatch.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.qute.TemplateData;

/**
 * What manufacturer-report answers and accepts on a manufacturer's pages: a status report, bulk jobs, API keys and the
 * scorecard (unknown fields are ignored).
 */
public final class MakerApi {

    private MakerApi() {
    }

    /**
     * A status change as the form states it, each field as typed (dates as the browser sends them), absent when
     * blank: the service reads and checks every field, and names the one it refuses. An outlook date's precision
     * (EARLY_MONTH, MID_MONTH, LATE_MONTH, MONTH) is absent too when the date is stated to the day (DAY).
     */
    @TemplateData
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusReport(String yjCode, String shipmentResponse, String reason, String effectiveDate,
            String effectiveDateCertainty, String causeYjCode, String resolutionOutlook,
            String expectedResolutionDate, String expectedResolutionPrecision, String shipmentVolume,
            String volumeImprovementDate, String volumeImprovementPrecision, String volumeImprovementAmount) {
    }

    /** One bad cell of an uploaded file: row as the spreadsheet numbers it, column as the file wrote it. */
    @TemplateData
    public record RowError(Integer row, String column, String field, String detail) {
    }

    /** A bulk upload and how far it got ({@code errors} absent in a list of jobs). */
    @TemplateData
    public record BulkJob(UUID id, String kind, String mode, String format, String state, Integer totalRows,
            int validatedRows, int acceptedRows, int unchangedRows, int rejectedRows, int errorCount,
            List<RowError> errors, String failure, Long eventsPublished, Instant submittedAt, Instant startedAt,
            Instant finishedAt) {

        /** The message key of the mode's words. */
        public String modeKey() {
            return org.shortagewatch.portal.domain.UploadFormat.modeKey(mode);
        }

        /** The errors listed, never null. */
        public List<RowError> errorList() {
            return errors == null ? List.of() : errors;
        }
    }

    @TemplateData
    public record BulkJobPage(List<BulkJob> items, int page, int size, long totalItems, long totalPages) {
    }

    /** An API key; {@code key} (the secret) only in the answer that created it. */
    @TemplateData
    public record ApiKey(UUID id, String name, String org, String role, Instant createdAt, Instant expiresAt,
            Instant revokedAt, String key) {

        /** Whether its expiry has passed. */
        public boolean expired() {
            return expiresAt != null && !expiresAt.isAfter(Instant.now());
        }

        /** Whether it still opens the API: neither revoked nor expired. */
        public boolean usable() {
            return revokedAt == null && !expired();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewApiKey(String name, Integer expiresInDays) {
    }

    /** One manufacturer's line of the scorecard; the shares are fractions (0.756), absent without a base. */
    @TemplateData
    public record ScorecardLine(String manufacturerCode, String manufacturerName, int products, int productsReported,
            int productsNormal, Double normalShare, int limitedEpisodes, long limitedDays, int stoppedEpisodes,
            long stoppedDays, int openEpisodes, int resolutionDatesDue, int resolutionDatesKept,
            Double resolutionDatesKeptShare, int productsHelpingOthers, long daysHelpingOthers) {
    }

    public record Scorecard(LocalDate asOf, List<ScorecardLine> manufacturers) {
    }
}
