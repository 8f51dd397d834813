package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.report.domain.CauseChain;
import org.shortagewatch.report.persistence.ProductCatalog;

/**
 * The chain of a shortage from one product: {@code limitedNow}, the products whose status on {@code asOf} names it as
 * the cause of their limited shipment (限定出荷（他社品の影響）, ⑰); and {@code stop}, when it was stopped on or before
 * that day, what its latest stop caused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductEffectsView(String yjCode, LocalDate asOf, List<ProductView> limitedNow, StopEffects stop) {

    /**
     * The product's latest supply stop, from {@code since} to the day before {@code until} (absent while it lasts),
     * and every period since its first day in which another product named it as the cause.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StopEffects(LocalDate since, LocalDate until, List<Effect> effects) {
    }

    /** A product that named it as the cause from {@code from} to the day before {@code until} (absent: still does). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Effect(String yjCode, String productName, String manufacturerName, LocalDate from, LocalDate until) {
    }

    static ProductEffectsView of(String yjCode, LocalDate asOf, List<ProductCatalog.ProductStatus> limitedNow,
            CauseChain.Period stop, List<CauseChain.Effect> sinceStop) {
        return new ProductEffectsView(yjCode, asOf, limitedNow.stream().map(ProductView::of).toList(),
                stop == null ? null : new StopEffects(stop.from(), stop.until(), sinceStop.stream()
                        .map(e -> new Effect(e.yjCode(), e.productName(), e.manufacturerName(), e.period().from(),
                                e.period().until()))
                        .toList()));
    }
}
