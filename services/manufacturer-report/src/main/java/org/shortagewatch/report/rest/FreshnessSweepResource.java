package org.shortagewatch.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.service.ConfirmationReminders;

import io.smallrye.mutiny.Uni;

/** The daily reminder sweep, run now by an admin (for tests and operations). */
@Path("/api/v1/freshness/sweep")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Freshness", description = "出荷状況の最終確認と確認期限超過")
public class FreshnessSweepResource {

    @Inject
    ConfirmationReminders reminders;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "確認期限超過の品目がある製造販売業者への確認依頼を今すぐ送る",
            description = "毎日決まった時刻に動く確認依頼（shortagewatch.freshness.sweep-cron）を今すぐ実行します。"
                    + "限定出荷・供給停止のまま最終確認から一定期間（shortagewatch.freshness.stale-after、既定 30 日）が"
                    + "過ぎた品目がある製造販売業者ごとに、確認依頼のイベント（org.shortagewatch.status.confirmation-due.v1、"
                    + "トピック status-confirmations）を一つ書きます。同じ業者への依頼は一日（日本時間）一回までで、"
                    + "今日すでに依頼した業者は数えません。管理者だけが実行できます。")
    @APIResponse(responseCode = "200", description = "実行しました：日付、今回依頼した業者数と、その依頼に挙げた品目数")
    public Uni<ConfirmationReminders.Sweep> sweep() {
        return reminders.sweep();
    }
}
