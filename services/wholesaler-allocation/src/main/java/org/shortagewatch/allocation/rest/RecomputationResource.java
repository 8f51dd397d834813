package org.shortagewatch.allocation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.allocation.service.Recomputation;
import org.shortagewatch.common.security.Roles;

import io.smallrye.mutiny.Uni;

/** Operators run a nationwide recomputation of one ingredient on demand, and see what it did and how long it took. */
@Path("/api/v1/admin/recomputations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Recomputation on demand (admins)")
public class RecomputationResource {

    @Inject
    Recomputation recomputation;

    @POST
    @Path("/{ingredientKey}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recompute detection and allocation for one ingredient nationwide",
            description = "Runs the four detectors and every current allocation plan of the ingredient, publishes "
                    + "what changed, and answers what it read, what it changed and the time it took (reading, "
                    + "computing, writing), in milliseconds.")
    @APIResponse(responseCode = "200", description = "What the recomputation did")
    public Uni<Recomputation.Report> recompute(@PathParam("ingredientKey") @Pattern(
            regexp = PathCodes.INGREDIENT, message = PathCodes.INGREDIENT_HINT) String ingredientKey) {
        return recomputation.recomputeOnRequest(ingredientKey);
    }
}
