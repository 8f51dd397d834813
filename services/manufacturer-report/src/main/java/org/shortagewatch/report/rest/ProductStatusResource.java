package org.shortagewatch.report.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.report.persistence.StatusChangeRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Supply status per product, the public source of truth")
public class ProductStatusResource {

    @Inject
    StatusChangeRepository changes;

    @GET
    @Path("/{yj}/status")
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
