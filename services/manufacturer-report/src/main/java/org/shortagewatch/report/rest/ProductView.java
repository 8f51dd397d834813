package org.shortagewatch.report.rest;

import org.shortagewatch.events.YjCodes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.report.persistence.Product;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.StatusChange;

/**
 * A product's master record with the Japanese wording next to each code, the keys derived from its YJ code, and,
 * where asked for, its status on a day and, when that status names one (限定出荷（他社品の影響）, ⑰), the cause
 * product, when the status was last reported or confirmed by its maker ({@code lastConfirmedAt}, absent when never)
 * and whether that is too long ago for a limited or stopped product ({@code stale}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductView(
        String yjCode,
        String productName,
        String ingredient,
        String strengthUnit,
        DrugCategory drugCategory,
        String drugCategoryLabel,
        ProductCategory productCategory,
        String productCategoryLabel,
        boolean basicDrug,
        SupplySecurityClass supplySecurityClass,
        String manufacturerCode,
        String manufacturerName,
        LocalDate priceListingDate,
        List<String> gs1Codes,
        List<String> packSizes,
        String therapeuticClass,
        String ingredientKey,
        String ingredientFormStrengthKey,
        Instant registeredAt,
        Instant updatedAt,
        StatusChangeView status,
        CauseProductView causeProduct,
        Instant lastConfirmedAt,
        Boolean stale) {

    /** The product the status names as the cause of its limited shipment: its YJ code, name and holder's name. */
    public record CauseProductView(String yjCode, String productName, String manufacturerName) {
    }

    static ProductView of(Product p) {
        return new ProductView(p, null, null, null, null);
    }

    static ProductView of(ProductCatalog.ProductStatus ps) {
        ProductCatalog.CauseProduct cause = ps.cause();
        return new ProductView(ps.product(), ps.status(), cause == null ? null
                : new CauseProductView(cause.yjCode(), cause.productName(), cause.manufacturerName()),
                ps.lastConfirmedAt(), ps.stale());
    }

    private ProductView(Product p, StatusChange status, CauseProductView cause, Instant lastConfirmedAt,
            Boolean stale) {
        this(p.yjCode, p.productName, p.ingredient, p.strengthUnit, p.drugCategory,
                p.drugCategory == null ? null : p.drugCategory.japanese(), p.productCategory,
                p.productCategory == null ? null : p.productCategory.japanese(), p.basicDrug, p.supplySecurityClass,
                p.manufacturerCode, p.manufacturerName, p.priceListingDate, List.of(p.gs1Codes), List.of(p.packSizes),
                YjCodes.therapeuticClass(p.yjCode), YjCodes.ingredientKey(p.yjCode),
                YjCodes.ingredientFormStrengthKey(p.yjCode), p.registeredAt,
                p.updatedAt, status == null ? null : StatusChangeView.of(status), cause, lastConfirmedAt, stale);
    }
}
