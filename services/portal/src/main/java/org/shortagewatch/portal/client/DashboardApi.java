package org.shortagewatch.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.TemplateData;

/**
 * What the regulator's dashboard and map read: manufacturer-report's national aggregates, recent stops, stale
 * statuses and unannounced changes; wholesaler-allocation's open findings of the whole country (an ingredient's map is
 * {@link WholesalerApi.IngredientMap}, as the wholesaler's pages read it). Unknown fields are ignored.
 */
public final class DashboardApi {

    private DashboardApi() {
    }

    /** One ISO week: products per shipment response as of its Sunday. */
    @TemplateData
    public record Week(String week, LocalDate start, LocalDate end, long normal, long limitedOwnReasons,
            long limitedOtherCompany, long limitedOther, long stopped, long responded) {
    }

    @TemplateData
    public record Weekly(LocalDate from, LocalDate to, List<Week> weeks) {
    }

    /** Limited and stopped products of one reason (⑭); {@code reason} absent for products stating none. */
    @TemplateData
    public record ReasonLine(String reason, Integer code, String label, long limited, long stopped) {
    }

    @TemplateData
    public record Reasons(LocalDate asOf, List<ReasonLine> byReason, ReasonLine total) {
    }

    /** A product as a list of products shows it, with its status and when that was last confirmed. */
    @TemplateData
    public record ProductLine(String yjCode, String productName, String ingredient, String ingredientKey,
            String manufacturerCode, String manufacturerName, ReportApi.StatusChange status, Instant lastConfirmedAt,
            Boolean stale) {
    }

    @TemplateData
    public record ProductLinePage(List<ProductLine> items, int page, int size, long totalItems) {
    }

    /** A change to a limited shipment or a stop with no supply-risk report before it. */
    @TemplateData
    public record UnannouncedChange(long statusChangeId, String yjCode, String productName, String manufacturerCode,
            String manufacturerName, String previousResponse, String shipmentResponse, LocalDate effectiveDate) {
    }

    @TemplateData
    public record Unannounced(LocalDate from, LocalDate to, long lookbackDays,
            List<UnannouncedChange> unannouncedChanges, List<UnannouncedChange> noticesWithoutManager) {
    }

    /** An open finding as the national list shows it: one about a single facility has no summary, only its count. */
    @TemplateData
    public record Finding(UUID findingId, String rule, String prefectureCode, String yjCode, long revision,
            String summaryJa, String summaryEn, int facilityCount) {
    }

    @TemplateData
    public record NationalFinding(String ingredientKey, OffsetDateTime updatedAt, Finding finding) {

        /** When it last changed, as the pages write times. */
        public Instant updated() {
            return updatedAt == null ? null : updatedAt.toInstant();
        }
    }

    @TemplateData
    public record OpenFindings(long total, List<NationalFinding> items) {
    }
}
