package org.shortagewatch.allocation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.allocation.persistence.ViewQueries;
import org.shortagewatch.allocation.service.AllocationViews;
import org.shortagewatch.common.security.Roles;

import io.smallrye.mutiny.Uni;

/** The open maldistribution findings of the whole country, for the regulator: what the map shows, every ingredient. */
@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maps", description = "Days of supply (在庫日数) and maldistribution findings by prefecture")
public class OpenFindingsResource {

    @Inject
    AllocationViews views;

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.ADMIN})
    @Operation(summary = "Open findings of every ingredient, the latest change first",
            description = "total: how many findings are open; items: at most limit of them, each with its ingredient"
                    + " key, when it last changed, and the finding as the map shows it. Findings about single"
                    + " facilities (order surges, duplicate ordering) are counted, not named: no summary, only"
                    + " facilityCount.")
    @APIResponse(responseCode = "200", description = "The open findings, the latest change first")
    public Uni<ViewQueries.Listed<ViewQueries.NationalFinding>> openFindings(
            @Parameter(description = "How many findings to list, 1 to 500")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return views.openFindings(limit);
    }
}
