package org.shortagewatch.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.service.StatusConfirmations;

import io.smallrye.mutiny.Uni;

/** A maker confirms that a list of its products' statuses have not changed, all of them or none. */
@Path("/api/v1/products/confirmations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The product master and each product's supply status, the public source of truth")
public class ProductConfirmationsResource {

    @Inject
    StatusConfirmations confirmations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "複数品目の出荷状況に変更がないことをまとめて確認する",
            description = "yjCodes の品目をすべて確認するか、どれも確認しないかのどちらかです。貴社の品目でない"
                    + "（または未登録の）品目が一つでもあれば 400 で、最初のその品目の YJ コードと位置（yjCodes[i]）を"
                    + "示します。" + ProductConfirmationResource.WHAT)
    @APIResponse(responseCode = "204", description = "すべての品目の確認を記録しました")
    @APIResponse(responseCode = "400", description = "入力に誤りがあるか、貴社の品目でない品目があります（項目名つき）",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RestResponse<Void>> confirmAll(@Valid @NotNull ConfirmationsRequest body) {
        return confirmations.confirmAll(body.yjCodes()).replaceWith(RestResponse.noContent());
    }
}
