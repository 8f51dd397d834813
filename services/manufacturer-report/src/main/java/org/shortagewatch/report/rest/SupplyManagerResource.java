package org.shortagewatch.report.rest;

import java.net.URI;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.report.service.SupplyManagers;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/organisations/{code}/supply-manager")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated // who may do what is the service's: anyone else gets 404, as for an organisation without a manager
@Tag(name = "Supply-system manager", description = "供給体制管理責任者（令和7年改正薬機法）")
public class SupplyManagerResource {

    /** An organisation code as tokens carry it. */
    static final String ORG_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    @Inject
    SupplyManagers managers;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "供給体制管理責任者を選任・交代する",
            description = "製造販売業者は自社の、管理者はどの組織の責任者も選任できます。交代しても以前の選任は履歴に残り、"
                    + "選任は監査ログに記録されます。初めての選任は 201、交代は 200。")
    @APIResponse(responseCode = "200", description = "交代しました（以前の責任者は履歴に残ります）")
    @APIResponse(responseCode = "201", description = "選任しました")
    @APIResponse(responseCode = "400", description = "入力に誤りがあります（項目名つき）",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "この組織の責任者を扱う権限がありません（存在を明かしません）",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RestResponse<SupplyManagerView>> appoint(
            @PathParam("code") @Pattern(regexp = ORG_PATTERN) String code,
            @Valid @NotNull SupplyManagerRequest body) {
        return managers.appoint(code, body.name(), body.title(), body.email(), body.phone(), body.appointedOn())
                .map(appointed -> appointed.first()
                        ? RestResponse.ResponseBuilder.<SupplyManagerView>created(
                                URI.create("/api/v1/organisations/" + code + "/supply-manager"))
                                .entity(SupplyManagerView.of(appointed.appointment())).build()
                        : RestResponse.ok(SupplyManagerView.of(appointed.appointment())));
    }

    @GET
    @Operation(summary = "組織の現在の供給体制管理責任者",
            description = "製造販売業者は自社の、規制当局と管理者はどの組織の責任者も読めます。それ以外には 404。")
    public Uni<SupplyManagerView> current(@PathParam("code") @Pattern(regexp = ORG_PATTERN) String code) {
        return managers.current(code).map(SupplyManagerView::of);
    }

    @GET
    @Path("/history")
    @Operation(summary = "組織の供給体制管理責任者の選任履歴（新しい順）",
            description = "読める人は現在の責任者と同じです。")
    public Uni<SupplyManagerView.History> history(@PathParam("code") @Pattern(regexp = ORG_PATTERN) String code) {
        return managers.history(code).map(list -> SupplyManagerView.History.of(code, list));
    }
}
