package org.shortagewatch.report.rest;

import org.shortagewatch.common.bulk.FileFormat;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.ProductFilter;
import org.shortagewatch.report.persistence.StatusHistoryStore;
import org.shortagewatch.report.service.BulkUploads;
import org.shortagewatch.report.service.ProductRegistry;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The product master and each product's supply status, the public source of truth")
public class ProductResource {

    static final String AS_OF = "The day whose status to show (YYYY-MM-DD); today in Japan when absent."
            + " A product's status on a day is its change with the latest effective date on or before it.";

    @Inject
    ProductRegistry registry;

    @Inject
    BulkUploads uploads;

    @Inject
    StatusHistoryStore changes;

    @Inject
    ProductCatalog catalog;

    @PUT
    @Path("/{yj}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "Create or update a product's master record",
            description = "A manufacturer registers and updates its own products; an admin registers or reassigns any.")
    public Uni<RestResponse<ProductView>> put(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE) String yj,
            @Valid @NotNull ProductRequest body) {
        return registry.register(body.details(yj))
                .map(registered -> RestResponse.ResponseBuilder.<ProductView>create(
                        registered.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                        .entity(ProductView.of(registered.product())).build());
    }

    @GET
    @PermitAll // public: the national list is public information
    @Operation(summary = "Search products, each with its status on a day",
            description = "Every criterion is optional; they combine. Ordered by YJ code (or, with sort=latest, the"
                    + " latest status first), one page at a time.")
    public Uni<PageView<ProductView>> search(@BeanParam ProductSearchQuery query) {
        ProductFilter filter = query.filter();
        return catalog.search(filter, query.order(), query.day(), query.pageNumber(), query.pageSize())
                .map(found -> PageView.of(found.items().stream().map(ProductView::of).toList(), found.page(),
                        found.size(), found.totalItems()));
    }

    @GET
    @Path("/{yj}")
    @PermitAll
    @Operation(summary = "A product's master record and its status on a day")
    public Uni<ProductView> get(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE) String yj,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        return catalog.find(yj, QueryParams.asOf(asOf))
                .onItem().ifNull().failWith(() -> ProblemException.notFound(noProduct(yj)))
                .map(ProductView::of);
    }

    @GET
    @Path("/{yj}/status")
    @PermitAll // public: the supply status of a product is public information
    @Operation(summary = "A product's status on a day, the changes announced after it, and its history")
    public Uni<ProductStatusView> status(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE) String yj,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        var day = QueryParams.asOf(asOf);
        return changes.history(yj).map(timeline -> {
            if (timeline.isEmpty()) {
                throw ProblemException.notFound(
                        Text.of(yj + " の出荷状況はまだ報告されていません", "no status has been reported for " + yj));
            }
            return ProductStatusView.of(yj, day, timeline);
        });
    }

    @GET
    @Path("/{yj}/alternatives")
    @PermitAll
    @Operation(summary = "Same-ingredient alternatives, each with its status on a day",
            description = "First the products of the same ingredient, dosage form and strength (the first 9 characters"
                    + " of the YJ code), then the other products of the same ingredient (the first 7); within each,"
                    + " those shipping normally first.")
    public Uni<AlternativesView> alternatives(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE) String yj,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        var day = QueryParams.asOf(asOf);
        return catalog.find(yj, day)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(noProduct(yj)))
                .chain(product -> catalog.alternatives(yj, day).map(found -> AlternativesView.of(product, day, found)));
    }

    @POST
    @Path("/bulk")
    @Consumes({FileFormat.CSV_MEDIA_TYPE, FileFormat.XLSX_MEDIA_TYPE})
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "Register or update many products at once from a national-list file",
            description = "One row per product, columns ① to ⑪; 製造販売業者コード names the holder (a manufacturer's own upload may leave it out)." + BulkUploadRequest.DESCRIPTION)
    @APIResponse(responseCode = "202", description = BulkUploadRequest.ACCEPTED)
    public Uni<RestResponse<BulkJobView>> putBulk(byte[] file, @BeanParam BulkUploadRequest request) {
        return request.submit(uploads, BulkJobKind.PRODUCTS, file);
    }

    static Text noProduct(String yj) {
        return Text.of("品目 " + yj + " はありません", "no product " + yj);
    }
}
