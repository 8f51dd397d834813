package org.shortagewatch.allocation.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.allocation.config.DetectionSettings;
import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.allocation.persistence.IngredientInputQueries;
import org.shortagewatch.allocation.persistence.ViewQueries;
import org.shortagewatch.allocation.persistence.ViewQueries.QuotaLine;
import org.shortagewatch.events.MaldistributionFinding;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What facilities, wholesalers and regulators read: quotas, allocations, findings and the map; on the Vert.x SQL
 * client, outside any transaction.
 */
@ApplicationScoped
public class AllocationViews {

    @Inject
    Pool pool;

    @Inject
    ViewQueries views;

    @Inject
    IngredientInputQueries inputs;

    @Inject
    DetectionSettings detection;

    /** A facility's lines of every current plan: its quota, used and remaining. */
    public Uni<List<QuotaLine>> quotasOfFacility(String facilityCode) {
        return views.quotasOfFacility(pool, facilityCode);
    }

    /** Every line of a wholesaler's current plans. */
    public Uni<List<QuotaLine>> allocationsOfWholesaler(String wholesalerCode) {
        return views.allocationsOfWholesaler(pool, wholesalerCode);
    }

    /** The open findings that concern a wholesaler, as published. */
    public Uni<List<MaldistributionFinding>> openFindingsOfWholesaler(String wholesalerCode) {
        return views.openFindingsOfWholesaler(pool, wholesalerCode);
    }

    /** The open findings of every ingredient, the latest change first, at most {@code limit}, and how many are open. */
    public Uni<ViewQueries.Listed<ViewQueries.NationalFinding>> openFindings(int limit) {
        return views.openFindings(pool, limit);
    }

    /** Days of supply today over the consumption window, and open findings, of an ingredient per prefecture. */
    public Uni<IngredientMap> ingredientMap(String ingredientKey) {
        LocalDate today = Recomputation.today();
        DateRange window = DateRange.endingOn(today, detection.consumptionDays());
        return pool.withConnection(c -> inputs.prefectures(c, ingredientKey, today, window)
                .chain(supply -> views.openFindingsOfIngredient(c, ingredientKey)
                        .map(findings -> IngredientMap.of(ingredientKey, today, window, supply, findings))));
    }
}
