package org.shortagewatch.report.rest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.persistence.Product;
import org.shortagewatch.report.persistence.ProductRepository;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.report.persistence.StatusChangeRepository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Supply status per product, the public source of truth")
public class ProductStatusResource {

    @Inject
    StatusChangeRepository changes;

    @Inject
    ProductRepository products;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @PUT
    @Path("/{yj}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "Register the manufacturer that holds a product",
            description = "A manufacturer registers its own products; an admin registers or reassigns any.")
    @WithTransaction
    public Uni<RestResponse<ProductView>> register(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_HINT) String yj,
            @Valid @NotNull ProductRegistration body) {
        if (!caller.actsFor(body.manufacturerCode())) {
            return Uni.createFrom().failure(ProblemException.forbidden("you register products for your own organisation only"));
        }
        return products.findById(yj).chain(existing -> {
            if (existing != null && !caller.actsFor(existing.manufacturerCode)) {
                return Uni.createFrom().failure(ProblemException.forbidden(yj + " is held by another manufacturer"));
            }
            Product product = existing == null ? new Product() : existing;
            boolean created = existing == null;
            product.yjCode = yj;
            product.manufacturerCode = body.manufacturerCode();
            if (created) {
                product.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            }
            return products.persist(product)
                    .call(saved -> Panache.getSession().chain(session -> audit.record(session,
                            created ? "product.register" : "product.update", yj, AuditTrail.SUCCESS)))
                    .map(saved -> RestResponse.ResponseBuilder
                            .<ProductView>create(created ? RestResponse.Status.CREATED : RestResponse.Status.OK)
                            .entity(ProductView.of(saved)).build());
        });
    }

    @GET
    @Path("/{yj}/status")
    @PermitAll // public: the supply status of a product is public information
    @Operation(summary = "A product's current shipment status and its full history, newest first")
    @WithSession
    public Uni<ProductStatusView> status(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_HINT) String yj) {
        return changes.history(yj).map(history -> {
            if (history.isEmpty()) {
                throw ProblemException.notFound("no status has been reported for " + yj);
            }
            var views = history.stream().map(StatusChangeView::of).toList();
            return new ProductStatusView(yj, views.get(0), views);
        });
    }
}
