package org.shortagewatch.report.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.POST;
import org.shortagewatch.common.idempotency.IdempotentRequests;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.service.BulkUploads;
import org.shortagewatch.report.service.ProductEvents;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.Gs1Code;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.report.persistence.Product;
import org.shortagewatch.report.persistence.ProductCatalog;
import org.shortagewatch.report.persistence.ProductFilter;
import org.shortagewatch.report.persistence.ProductRepository;
import org.shortagewatch.report.persistence.StatusChangeRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The product master and each product's supply status, the public source of truth")
public class ProductResource {

    private static final String AS_OF = "The day whose status to show (YYYY-MM-DD); today in Japan when absent."
            + " A product's status on a day is its change with the latest effective date on or before it.";

    @Inject
    BulkUploads uploads;

    @Inject
    StatusChangeRepository changes;

    @Inject
    ProductRepository products;

    @Inject
    ProductCatalog catalog;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @PUT
    @Path("/{yj}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "Create or update a product's master record",
            description = "A manufacturer registers and updates its own products; an admin registers or reassigns any.")
    @WithTransaction
    public Uni<RestResponse<ProductView>> put(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_HINT) String yj,
            @Valid @NotNull ProductRequest body) {
        if (!caller.actsFor(body.manufacturerCode())) {
            return Uni.createFrom().failure(ProblemException.forbidden("you register products for your own organisation only"));
        }
        List<String> gs1Codes = body.gs1Codes() == null ? List.of() : body.gs1Codes();
        for (int i = 0; i < gs1Codes.size(); i++) {
            if (!Gs1Code.isValid(gs1Codes.get(i))) {
                return Uni.createFrom().failure(ProblemException.invalidField("gs1Codes." + i,
                        "'" + gs1Codes.get(i) + "' is not a GS1 code: 13 or 14 digits ending in their check digit"));
            }
        }
        return products.findById(yj).chain(existing -> {
            if (existing != null && !caller.actsFor(existing.manufacturerCode)) {
                return Uni.createFrom().failure(ProblemException.forbidden(yj + " is held by another manufacturer"));
            }
            boolean created = existing == null;
            Product product = created ? new Product() : existing;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            product.apply(body.details(yj));
            product.updatedAt = now;
            product.version++;
            if (created) {
                product.registeredAt = now;
            }
            return products.persist(product)
                    .call(saved -> Panache.getSession().chain(session -> audit.record(session,
                            created ? "product.register" : "product.update", yj, AuditTrail.SUCCESS)
                            .chain(() -> outbox.append(session, ProductEvents.changed(saved.details(), saved.version,
                                    now)))))
                    .map(saved -> RestResponse.ResponseBuilder
                            .<ProductView>create(created ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                            .entity(ProductView.of(saved)).build());
        });
    }

    @GET
    @PermitAll // public: the national list is public information
    @Operation(summary = "Search products, each with its status on a day",
            description = "Every criterion is optional; they combine. Ordered by YJ code, one page at a time.")
    public Uni<PageView<ProductView>> search(
            @Parameter(description = "One search box: a YJ code or its start, part of the product name (品名), of the "
                    + "ingredient (成分名) or of the maker's name, or the maker's code") @QueryParam("q") String q,
            @Parameter(description = "Exactly these products, by YJ code (repeat the parameter; at most 100)")
            @QueryParam("yj") List<String> yj,
            @Parameter(description = "Part of the ingredient name (成分名)") @QueryParam("ingredient") String ingredient,
            @Parameter(description = "The first characters of the YJ code, e.g. 7 for an ingredient")
            @QueryParam("yjPrefix") String yjPrefix,
            @Parameter(description = "The holder's code, or part of its name") @QueryParam("manufacturer") String manufacturer,
            @Parameter(description = "Shipment response on the day") @QueryParam("shipmentResponse") String response,
            @QueryParam("productCategory") String productCategory,
            @QueryParam("supplySecurityClass") String supplySecurityClass,
            @QueryParam("basicDrug") String basicDrug,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Products per page, 1 to 500; default 50") @QueryParam("size") String size) {
        String prefix = QueryParams.text("yjPrefix", yjPrefix, 12);
        if (prefix != null && !prefix.matches("[0-9A-Z]{1,12}")) {
            throw ProblemException.invalidField("yjPrefix", "'" + yjPrefix + "' is not the start of a YJ code");
        }
        ProductFilter filter = new ProductFilter(QueryParams.yjCodes("yj", yj), QueryParams.text("ingredient", ingredient, 200), prefix,
                QueryParams.text("manufacturer", manufacturer, 200),
                QueryParams.enumOf("shipmentResponse", ShipmentResponse.class, response),
                QueryParams.enumOf("productCategory", ProductCategory.class, productCategory),
                QueryParams.enumOf("supplySecurityClass", SupplySecurityClass.class, supplySecurityClass),
                QueryParams.bool("basicDrug", basicDrug), QueryParams.text("q", q, 200));
        return catalog.search(filter, QueryParams.asOf(asOf), QueryParams.integer("page", page, 1, 1, 1_000_000),
                QueryParams.integer("size", size, 50, 1, 500))
                .map(found -> PageView.of(found.items().stream().map(ProductView::of).toList(), found.page(),
                        found.size(), found.totalItems()));
    }

    @GET
    @Path("/{yj}")
    @PermitAll
    @Operation(summary = "A product's master record and its status on a day")
    public Uni<ProductView> get(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_HINT) String yj,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        return catalog.find(yj, QueryParams.asOf(asOf))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no product " + yj))
                .map(ProductView::of);
    }

    @GET
    @Path("/{yj}/status")
    @PermitAll // public: the supply status of a product is public information
    @Operation(summary = "A product's status on a day, the changes announced after it, and its history")
    @WithSession
    public Uni<ProductStatusView> status(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_HINT) String yj,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        var day = QueryParams.asOf(asOf);
        return changes.history(yj).map(timeline -> {
            if (timeline.isEmpty()) {
                throw ProblemException.notFound("no status has been reported for " + yj);
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
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_HINT) String yj,
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        var day = QueryParams.asOf(asOf);
        return catalog.find(yj, day)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no product " + yj))
                .chain(product -> catalog.alternatives(yj, day).map(found -> AlternativesView.of(product, day, found)));
    }

    @POST
    @Path("/bulk")
    @Consumes({"text/csv", BulkUploadDoc.XLSX})
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "Register or update many products at once from a national-list file",
            description = "One row per product, columns ① to ⑪; 製造販売業者コード names the holder (a manufacturer's own upload may leave it out)." + BulkUploadDoc.DESCRIPTION)
    @APIResponse(responseCode = "202", description = "Accepted; follow the job at its Location")
    @WithTransaction
    public Uni<RestResponse<BulkJobView>> putBulk(byte[] file,
            @Parameter(description = BulkUploadDoc.MODE) @RestQuery String mode,
            @RestHeader("Content-Type") String contentType,
            @Parameter(description = BulkUploadDoc.IDEMPOTENCY_KEY) @RestHeader(IdempotentRequests.HEADER) String idempotencyKey) {
        return uploads.submit(BulkJobKind.PRODUCTS, file, contentType, mode, idempotencyKey)
                .map(BulkJobResource::accepted);
    }
}
