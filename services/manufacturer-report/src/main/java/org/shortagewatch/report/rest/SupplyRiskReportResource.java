package org.shortagewatch.report.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.report.domain.RiskReportState;
import org.shortagewatch.report.service.SupplyRiskReporting;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/supply-risk-reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated // confidential: who may see what is the service's, and anyone else gets 404 as for an unknown id
@Tag(name = "Supply-risk reports", description = "供給不安報告（薬機法18条の3）: 製造販売業者と規制当局の間だけのもの")
public class SupplyRiskReportResource {

    private static final String HIDDEN = "読む権限がないか、ありません（どちらかを明かしません）";

    @Inject
    SupplyRiskReporting reporting;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "供給不安報告を提出する",
            description = "自社品目が限定出荷・供給停止となるおそれを規制当局に報告します。公開の一覧・出力・Kafka には"
                    + "出ず、医療機関に通知されません。のちに同じ品目の限定出荷・供給停止を報告すると（単件・一括とも）、"
                    + "受付中の報告はその状況変更を指して FOLLOWED になります。")
    @APIResponse(responseCode = "201", description = "受け付けました（OPEN）")
    @APIResponse(responseCode = "400", description = "入力に誤りがあります（項目名つき）",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "貴社の品目ではありません",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "この品目には受付中の報告があります",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RestResponse<SupplyRiskReportView>> submit(@Valid @NotNull SupplyRiskReportRequest body) {
        return reporting.submit(body.submission()).map(report -> RestResponse.ResponseBuilder
                .<SupplyRiskReportView>created(URI.create("/api/v1/supply-risk-reports/" + report.id()))
                .entity(SupplyRiskReportView.of(report)).build());
    }

    @GET
    @Operation(summary = "供給不安報告の一覧（新しい順、最大 1000 件）",
            description = "規制当局と管理者にはすべて、製造販売業者には自社のものだけ。state で絞り込めます。")
    @APIResponse(responseCode = "404", description = HIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<SupplyRiskReportView.ListView> list(
            @Parameter(description = "OPEN（受付中）、FOLLOWED（状況報告済み）、WITHDRAWN（取下げ）")
            @QueryParam("state") String state) {
        RiskReportState wanted = QueryParams.enumOf("state", RiskReportState.class, state);
        return reporting.list(wanted).map(list -> new SupplyRiskReportView.ListView(
                list.stream().map(SupplyRiskReportView::of).toList()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "供給不安報告を一件読む",
            description = "規制当局・管理者と報告した製造販売業者だけが読めます。FOLLOWED なら状況変更とリードタイム（日）つき。")
    @APIResponse(responseCode = "404", description = HIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<SupplyRiskReportView> get(@PathParam("id") UUID id) {
        return reporting.get(id).map(SupplyRiskReportView::of);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "供給不安報告を取り下げる", description = "報告した製造販売業者が、受付中（OPEN）の報告を理由を添えて取り下げます。")
    @APIResponse(responseCode = "200", description = "取り下げました（WITHDRAWN）")
    @APIResponse(responseCode = "404", description = HIDDEN, content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "受付中ではありません", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<SupplyRiskReportView> withdraw(@PathParam("id") UUID id,
            @Valid @NotNull SupplyRiskReportRequest.Withdrawal body) {
        return reporting.withdraw(id, body.reason()).map(SupplyRiskReportView::of);
    }
}
