package org.shortagewatch.portal.rest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.client.ReportClient;
import org.shortagewatch.portal.domain.Dates;
import org.shortagewatch.portal.domain.SituationCharts;

import io.quarkus.qute.Template;

/** The national situation, for anyone: manufacturer-report's aggregates on a day, as tables and charts. */
@Path("/situation")
@Produces(MediaType.TEXT_HTML)
public class SituationPage extends PortalPage {

    @Inject
    @RestClient
    ReportClient report;

    @Inject
    Template situation;

    @GET
    public Response situation(@QueryParam("asOf") String asOf) {
        LocalDate day = Dates.dayOrToday(asOf);
        return pages.orRefusal(() -> {
            ReportApi.Aggregates a = report.aggregates(day.toString());
            Map<String, Long> byResponse = new LinkedHashMap<>();
            a.byShipmentResponse().forEach(r -> byResponse.put(r.shipmentResponse(), r.products()));
            List<SituationCharts.Slice> slices = SituationCharts.slices(byResponse, ctx.locale());
            List<SituationCharts.CategoryCounts> categories = categories(a, ctx);
            SituationCharts.CategoryCounts total = counts("", a.productCategoryTotal());
            long responding = slices.stream().mapToLong(SituationCharts.Slice::products).sum();
            return pages.ok(situation.data("asOf", a.asOf() == null ? day : a.asOf())
                    .data("day", day.toString()).data("slices", slices).data("responding", responding)
                    .data("categories", categories).data("categoryTotal", total)
                    .data("responseChart", SituationCharts.responseChart(slices))
                    .data("categoryChart", SituationCharts.categoryChart(categories, ctx.locale())));
        });
    }

    /** Limited shipment and supply stop by product category, each category named in the page's language. */
    static List<SituationCharts.CategoryCounts> categories(ReportApi.Aggregates a, PageContext ctx) {
        return a.byProductCategory().stream().map(c -> counts(ctx.label(c.productCategory(), c.label()), c)).toList();
    }

    static SituationCharts.CategoryCounts counts(String label, ReportApi.CategoryLine c) {
        return new SituationCharts.CategoryCounts(label, c.limitedOwnReasons(), c.limitedOtherCompany(),
                c.limitedOther(), c.stopped());
    }
}
