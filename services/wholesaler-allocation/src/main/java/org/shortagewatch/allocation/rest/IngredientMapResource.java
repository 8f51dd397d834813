package org.shortagewatch.allocation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.allocation.service.AllocationViews;
import org.shortagewatch.allocation.service.IngredientMap;
import org.shortagewatch.common.security.Roles;

import io.smallrye.mutiny.Uni;

/** One ingredient across Japan: days of supply and open findings per prefecture, keyed so a map can draw it. */
@Path("/api/v1/ingredients/{ingredientKey}/prefectures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maps", description = "Days of supply (在庫日数) and maldistribution findings by prefecture")
public class IngredientMapResource {

    @Inject
    AllocationViews views;

    @GET
    @RolesAllowed({Roles.REGULATOR, Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Days of supply and open findings of an ingredient, per prefecture",
            description = "Days of supply are the latest stock counts over the daily rate of shipments in the "
                    + "consumption window. Findings about single facilities are counted, not named.")
    @APIResponse(responseCode = "200", description = "All 47 prefectures, keyed by JIS code")
    public Uni<IngredientMap> map(
            @PathParam("ingredientKey") @Pattern(regexp = PathCodes.INGREDIENT, message = PathCodes.INGREDIENT_HINT) String ingredientKey) {
        return views.ingredientMap(ingredientKey);
    }
}
