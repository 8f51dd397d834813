package org.shortagewatch.portal.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.shortagewatch.portal.client.WholesalerApi.QuotaLine;
import org.shortagewatch.portal.domain.AllocationPlans;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * My allocation plans ({@code /wholesaler/allocations}): wholesaler-allocation's current plans of the wholesaler, per
 * product, each customer's quota, what it was shipped in the period and what remains, as a table and as bars.
 */
@Path("/wholesaler/allocations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class WholesalerAllocationPages extends WholesalerPage {

    @Inject
    Template wholesalerAllocations;

    @GET
    public Response plans(@QueryParam("supplied") String supplied) {
        return pages.orRefusal(() -> {
            List<QuotaLine> lines = allocation.allocations(wholesaler());
            List<AllocationPlans.Plan<QuotaLine>> plans = AllocationPlans.byProduct(lines, QuotaLine::yjCode,
                    QuotaLine::quotaUnits, QuotaLine::usedUnits, QuotaLine::remainingUnits);
            return pages.ok(wholesalerAllocations.data("plans", plans).data("supplied", supplied)
                    .data("charts", AllocationPlans.charts(plans, QuotaLine::facilityCode, QuotaLine::usedUnits,
                            QuotaLine::remainingUnits, ctx.locale()))
                    .data("names", names.ofProducts(plans.stream().map(AllocationPlans.Plan::yjCode).toList())));
        });
    }
}
