package org.shortagewatch.allocation.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
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
import org.shortagewatch.allocation.persistence.ViewQueries.QuotaLine;
import org.shortagewatch.allocation.service.AllocationViews;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;

import io.smallrye.mutiny.Uni;

/** A facility's own view: its quotas in the current allocation plans (a wholesaler's is on {@link WholesalerDataResource}). */
@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations", description = "Quotas (割当) per customer, as the current allocation plans set them")
public class AllocationViewsResource {

    @Inject
    AllocationViews views;

    @Inject
    Caller caller;

    @GET
    @Path("/{facilityCode}/quotas")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @Operation(summary = "Your quotas: for each product and wholesaler, your quota in the current plan, used and remaining")
    @APIResponse(responseCode = "200", description = "Your lines only")
    @APIResponse(responseCode = "403", description = "Not your facility", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<List<QuotaLine>> quotas(@PathParam("facilityCode") @Pattern(regexp = FacilityCodes.PATTERN,
            message = FacilityCodes.FORMAT_MESSAGE) String facilityCode) {
        return Uni.createFrom().deferred(() -> {
            if (!caller.actsFor(facilityCode)) {
                throw ProblemException.forbidden(Text.of("見られるのは自施設の割当だけです",
                        "a facility sees its own quotas only"));
            }
            return views.quotasOfFacility(facilityCode);
        });
    }
}
