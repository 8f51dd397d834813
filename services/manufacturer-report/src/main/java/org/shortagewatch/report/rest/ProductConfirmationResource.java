package org.shortagewatch.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.domain.YjCode;
import org.shortagewatch.report.service.StatusConfirmations;

import io.smallrye.mutiny.Uni;

/** A maker confirms that one product's status has not changed, or a list's, all of them or none. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "The product master and each product's supply status, the public source of truth")
public class ProductConfirmationResource {

    private static final String WHAT = "版（revision）も出荷状況のイベントも作らず、最終確認日時（lastConfirmedAt）だけを今に"
            + "更新します。限定出荷・供給停止の品目は、最終確認から一定期間（既定 30 日）が過ぎると一覧・エクスポート・"
            + "スコアカードで確認期限超過（stale）と示されます。確認は監査ログに記録されます。";

    @Inject
    StatusConfirmations confirmations;

    @POST
    @Path("/{yj}/confirmation")
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "品目の出荷状況に変更がないことを確認する",
            description = "製造販売業者は自社の品目を、管理者はどの品目も確認できます。" + WHAT)
    @APIResponse(responseCode = "204", description = "確認を記録しました")
    @APIResponse(responseCode = "403", description = "貴社の品目ではありません（未登録の品目も同じ答えです）",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RestResponse<Void>> confirm(
            @PathParam("yj") @Pattern(regexp = YjCode.PATTERN, message = YjCode.FORMAT_MESSAGE) String yj) {
        return confirmations.confirm(yj).replaceWith(RestResponse.noContent());
    }

    @POST
    @Path("/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "複数品目の出荷状況に変更がないことをまとめて確認する",
            description = "yjCodes の品目をすべて確認するか、どれも確認しないかのどちらかです。貴社の品目でない"
                    + "（または未登録の）品目が一つでもあれば 400 で、最初のその品目の YJ コードと位置（yjCodes[i]）を"
                    + "示します。" + WHAT)
    @APIResponse(responseCode = "204", description = "すべての品目の確認を記録しました")
    @APIResponse(responseCode = "400", description = "入力に誤りがあるか、貴社の品目でない品目があります（項目名つき）",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RestResponse<Void>> confirmAll(@Valid @NotNull ConfirmationsRequest body) {
        return confirmations.confirmAll(body.yjCodes()).replaceWith(RestResponse.noContent());
    }
}
