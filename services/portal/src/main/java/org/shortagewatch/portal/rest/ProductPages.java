package org.shortagewatch.portal.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.client.ReportClient;
import org.shortagewatch.portal.domain.Dates;
import org.shortagewatch.portal.domain.FormInput;
import org.shortagewatch.portal.domain.PageNumber;
import org.shortagewatch.portal.domain.YjCode;

import io.quarkus.qute.Template;

/** Products, for anyone: the search, and one product with its status and alternatives (manufacturer-report's). */
@Path("/products")
@Produces(MediaType.TEXT_HTML)
public class ProductPages extends PortalPage {

    static final int PAGE_SIZE = 20;

    @Inject
    @RestClient
    ReportClient report;

    @Inject
    Template products;

    @Inject
    Template product;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("page") PageNumber page) {
        String query = FormInput.search(q);
        int p = PageNumber.of(page);
        if (query.isEmpty()) {
            return pages.ok(products.data("q", "").data("result", null));
        }
        return pages.orRefusal(() -> {
            ReportApi.ProductPage result = report.search(query, p, PAGE_SIZE);
            // a complete YJ code that names one product goes straight to it
            if (result.totalItems() == 1 && YjCode.isComplete(query)) {
                return PageResponses.seeOther("/products/" + result.items().get(0).yjCode());
            }
            return pages.ok(products.data("q", query).data("result", result));
        });
    }

    @GET
    @Path("{yj}")
    public Response product(@PathParam("yj") String yj, @QueryParam("asOf") String asOf) {
        LocalDate day = Dates.dayOrToday(asOf);
        return pages.orRefusal(() -> {
            // the product first: a product that exists but has no report yet is shown as such, not as "not found"
            ReportApi.Alternatives alternatives = report.alternatives(yj, day.toString());
            ReportApi.ProductStatus status = statusOrNone(yj, day);
            return pages.ok(product.data("status", status).data("p", alternatives.product())
                    .data("alternatives", alternatives).data("anyNormal", alternatives.anyShippingNormally())
                    .data("asOf", day.toString()));
        });
    }

    /** The product's status, or none reported yet (the services answer 404 for a product without a report). */
    private ReportApi.ProductStatus statusOrNone(String yj, LocalDate day) {
        try {
            return report.status(yj, day.toString());
        } catch (WebApplicationException failure) {
            if (failure.getResponse() != null && failure.getResponse().getStatus() == 404) {
                return new ReportApi.ProductStatus(yj, day, null, List.of(), List.of());
            }
            throw failure;
        }
    }
}
