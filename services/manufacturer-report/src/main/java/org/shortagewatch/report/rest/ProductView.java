package org.shortagewatch.report.rest;

import org.shortagewatch.events.YjCodes;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.report.persistence.Product;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.StatusChange;

/**
 * A product's master record ({@link ProductDetails}, whose fields stand at the top level) with the Japanese wording
 * of its categories, the keys derived from its YJ code, and, where asked for, its status on a day and, when that
 * status names one (限定出荷（他社品の影響）, ⑰), the cause product (its YJ code, name and holder's name), when the
 * status was last reported or confirmed by its maker ({@code lastConfirmedAt}, absent when never) and whether that is
 * too long ago for a limited or stopped product ({@code stale}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductView(
        @JsonUnwrapped ProductDetails details,
        String drugCategoryLabel,
        String productCategoryLabel,
        String therapeuticClass,
        String ingredientKey,
        String ingredientFormStrengthKey,
        Instant registeredAt,
        Instant updatedAt,
        StatusChangeView status,
        ProductCatalog.CauseProduct causeProduct,
        Instant lastConfirmedAt,
        Boolean stale) {

    static ProductView of(Product p) {
        return new ProductView(p, null, null, null, null);
    }

    static ProductView of(ProductCatalog.ProductStatus ps) {
        return new ProductView(ps.product(), ps.status(), ps.cause(), ps.lastConfirmedAt(), ps.stale());
    }

    private ProductView(Product p, StatusChange status, ProductCatalog.CauseProduct cause, Instant lastConfirmedAt,
            Boolean stale) {
        this(p.details(), p.drugCategory == null ? null : p.drugCategory.japanese(),
                p.productCategory == null ? null : p.productCategory.japanese(), YjCodes.therapeuticClass(p.yjCode),
                YjCodes.ingredientKey(p.yjCode), YjCodes.ingredientFormStrengthKey(p.yjCode), p.registeredAt,
                p.updatedAt, status == null ? null : StatusChangeView.of(status), cause, lastConfirmedAt, stale);
    }
}
