package org.shortagewatch.allocation.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.allocation.service.SupplyStatusTracking;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.YjCodes;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Current supply status per product, as followed from the supply-status events")
public class ProductStatusResource {

    @Inject
    SupplyStatusTracking statuses;

    @GET
    @Path("/{yj}")
    @PermitAll // public: a product's supply status is public information
    @Operation(summary = "A product's current shipment status, as this service last applied it")
    @APIResponse(responseCode = "200", description = "The current status")
    @APIResponse(responseCode = "400", description = "Malformed YJ code", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No supply-status event about this product was received",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<ProductStatusView> status(
            @PathParam("yj") @Pattern(regexp = YjCodes.PATTERN, message = YjCodes.FORMAT_MESSAGE) String yj) {
        return statuses.current(yj)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        Text.of(yj + " の供給状況はまだ届いていません", "no supply status is known for " + yj)))
                .map(ProductStatusView::of);
    }
}
