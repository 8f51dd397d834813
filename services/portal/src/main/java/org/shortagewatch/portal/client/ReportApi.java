package org.shortagewatch.portal.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateData;

/** What manufacturer-report answers, as far as the pages use it (unknown fields are ignored). */
public final class ReportApi {

    private ReportApi() {
    }

    /**
     * One status change. An outlook date (⑯ expectedResolutionDate, ⑱ volumeImprovementDate) stated only to a part of
     * a month is the last day of that part, with its precision beside it (EARLY_MONTH 上旬, MID_MONTH 中旬,
     * LATE_MONTH 下旬, MONTH the whole month); a precision absent means the day itself (DAY).
     */
    @TemplateData
    public record StatusChange(long id, String yjCode, long revision, String shipmentResponse,
            String shipmentResponseLabel, String reason, String reasonLabel, LocalDate effectiveDate,
            Instant reportedAt, String reportedBy, String effectiveDateCertainty, String causeYjCode,
            String resolutionOutlook, String resolutionOutlookLabel, LocalDate expectedResolutionDate,
            String expectedResolutionPrecision, String shipmentVolume, String shipmentVolumeLetter,
            String shipmentVolumeLabel, LocalDate volumeImprovementDate, String volumeImprovementPrecision,
            String volumeImprovementAmount) {
    }

    @TemplateData
    /** An ingredient by its key and the name the product master gives it. */
    public record Ingredient(String key, String name) {
    }

    /**
     * A product with its status on the day, when its maker last reported or confirmed it ({@code lastConfirmedAt},
     * absent when never) and whether that is too long ago for a limited or stopped product ({@code stale},
     * 確認期限超過).
     */
    public record Product(String yjCode, String productName, String ingredient, String strengthUnit,
            String drugCategory, String drugCategoryLabel, String productCategory, String productCategoryLabel,
            boolean basicDrug, String supplySecurityClass, String manufacturerCode, String manufacturerName,
            LocalDate priceListingDate, String ingredientKey, String ingredientFormStrengthKey, StatusChange status,
            Instant lastConfirmedAt, Boolean stale) {
    }

    @TemplateData
    public record ProductPage(List<Product> items, int page, int size, long totalItems, long totalPages) {

        /** The product of this page by that code, or null (a confirmation names the product it confirmed). */
        public Product item(String yjCode) {
            return items.stream().filter(p -> p.yjCode().equals(yjCode)).findFirst().orElse(null);
        }

        /** Whether a product of this page is stale (確認期限超過). */
        public boolean anyStale() {
            return items.stream().anyMatch(p -> Boolean.TRUE.equals(p.stale()));
        }
    }

    @TemplateData
    public record ProductStatus(String yjCode, LocalDate asOf, StatusChange current, List<StatusChange> upcoming,
            List<StatusChange> history) {
    }

    @TemplateData
    public record Alternatives(Product product, LocalDate asOf, List<Product> sameIngredientFormStrength,
            List<Product> sameIngredient) {

        /** Whether any alternative, of either kind, ships normally (通常出荷). */
        public boolean anyShippingNormally() {
            return java.util.stream.Stream.concat(sameIngredientFormStrength.stream(), sameIngredient.stream())
                    .anyMatch(p -> p.status() != null && "NORMAL".equals(p.status().shipmentResponse()));
        }
    }

    public record ResponseCount(String shipmentResponse, String label, long products) {
    }

    public record CategoryLine(String productCategory, String label, long limitedOwnReasons, long limitedOtherCompany,
            long limitedOther, long limitedTotal, long stopped) {
    }

    public record Aggregates(LocalDate asOf, List<ResponseCount> byShipmentResponse, long total,
            List<CategoryLine> byProductCategory, CategoryLine productCategoryTotal) {
    }
}
