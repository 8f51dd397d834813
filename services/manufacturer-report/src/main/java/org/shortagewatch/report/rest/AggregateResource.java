package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Response;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.NationalAggregates;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.common.bulk.Csv;
import org.shortagewatch.report.persistence.ProductCatalog;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/aggregates")
@PermitAll // public: computed from the public national list
@Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
@Tag(name = "National aggregates", description = "The national tables of the supply survey, for any day")
public class AggregateResource {

    @Inject
    ProductCatalog catalog;

    /** Both tables of the 2023-11 survey. */
    public record AggregatesView(LocalDate asOf, List<ResponseCount> byShipmentResponse, long total,
            List<CategoryLine> byProductCategory, CategoryLine productCategoryTotal) {

        /** The category table's lines with its total last. */
        List<CategoryLine> categoryLines() {
            List<CategoryLine> lines = new ArrayList<>(byProductCategory);
            lines.add(productCategoryTotal);
            return lines;
        }
    }

    public record ResponseCount(ShipmentResponse shipmentResponse, String label, long products) {
    }

    public record CategoryLine(ProductCategory productCategory, String label, long limitedOwnReasons,
            long limitedOtherCompany, long limitedOther, long limitedTotal, long stopped) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Both national tables on a day",
            description = "Products by shipment response, and limited shipment and supply stop by product category"
                    + " (the two tables of the 2023-11 survey), from every product's status on the day.")
    public Uni<AggregatesView> both(@Parameter(description = NationalListResource.AS_OF) @QueryParam("asOf") String asOf) {
        LocalDate day = QueryParams.asOf(asOf);
        return tables(day).map(t -> view(day, t));
    }

    @GET
    @Path("/shipment-response")
    @Operation(summary = "Products by shipment response on a day (json or csv)")
    public Uni<Response> byResponse(@BeanParam TableQuery query) {
        return table(query, "shipment-response", AggregatesView::byShipmentResponse, view -> {
            List<Object> header = new ArrayList<>(List.of("区分"));
            List<Object> line = new ArrayList<>(List.of("全体"));
            for (ResponseCount count : view.byShipmentResponse()) {
                header.add(count.label());
                line.add(count.products());
            }
            header.add("合計");
            line.add(view.total());
            return List.of(header, line);
        });
    }

    @GET
    @Path("/product-category")
    @Operation(summary = "Limited shipment and supply stop by product category on a day (json or csv)")
    public Uni<Response> byCategory(@BeanParam TableQuery query) {
        return table(query, "product-category", AggregatesView::categoryLines, view -> {
            List<List<?>> rows = new ArrayList<>();
            rows.add(List.of("製品区分", ShipmentResponse.LIMITED_OWN_REASONS.japanese(),
                    ShipmentResponse.LIMITED_OTHER_COMPANY.japanese(), ShipmentResponse.LIMITED_OTHER.japanese(),
                    "限定出荷 計", ShipmentResponse.STOPPED.japanese()));
            for (CategoryLine l : view.categoryLines()) {
                rows.add(List.of(l.label(), l.limitedOwnReasons(), l.limitedOtherCompany(), l.limitedOther(),
                        l.limitedTotal(), l.stopped()));
            }
            return rows;
        });
    }

    /** One table on a day, as JSON or as a CSV file. */
    private Uni<Response> table(TableQuery query, String name, Function<AggregatesView, Object> json,
            Function<AggregatesView, List<? extends List<?>>> csv) {
        LocalDate day = query.day();
        Download download = query.download();
        return tables(day).map(t -> {
            AggregatesView view = view(day, t);
            return download == Download.JSON ? Response.ok(json.apply(view), MediaType.APPLICATION_JSON).build()
                    : Download.file(Csv.bytes(csv.apply(view)), Csv.MEDIA_TYPE, name, day, "csv");
        });
    }

    private Uni<NationalAggregates.Tables> tables(LocalDate day) {
        return catalog.countByCategoryAndResponse(day).map(NationalAggregates::of);
    }

    private static AggregatesView view(LocalDate day, NationalAggregates.Tables t) {
        List<ResponseCount> byResponse = t.byResponse().entrySet().stream()
                .map(e -> new ResponseCount(e.getKey(), e.getKey().japanese(), e.getValue())).toList();
        List<CategoryLine> lines = t.byCategory().stream().map(AggregateResource::line).toList();
        NationalAggregates.CategoryLine total = t.categoryTotal();
        return new AggregatesView(day, byResponse, t.total(), lines, new CategoryLine(null, "合計",
                total.limitedOwnReasons(), total.limitedOtherCompany(), total.limitedOther(), total.limitedTotal(),
                total.stopped()));
    }

    private static CategoryLine line(NationalAggregates.CategoryLine l) {
        return new CategoryLine(l.category(), l.category() == null ? "未分類" : l.category().japanese(),
                l.limitedOwnReasons(), l.limitedOtherCompany(), l.limitedOther(), l.limitedTotal(), l.stopped());
    }
}
