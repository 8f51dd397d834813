package org.shortagewatch.notification.rest;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.SubscriptionKind;

@Schema(description = "A facility subscribes to a product, an ingredient, a therapeutic class, a manufacturer or a "
        + "supply-security class. The first form, {facilityCode, yjCode, webhookUrl}, still works: kind YJ_CODE, "
        + "channel WEBHOOK.")
public record SubscriptionRequest(
        @Schema(description = "医療機関コード (its check digit is checked too)", example = "1341234563")
        @NotNull @Pattern(regexp = FacilityCodes.PATTERN, message = FacilityCodes.FORMAT_MESSAGE)
        String facilityCode,

        @Schema(description = "What is followed; default YJ_CODE", example = "INGREDIENT")
        SubscriptionKind kind,

        @Schema(description = "The followed YJ code, 7-digit ingredient key, 4-digit therapeutic class, manufacturer "
                + "code or supply-security class (A, B, C); for YJ_CODE, yjCode may be given instead", example = "2456001")
        @Size(max = 40)
        String target,

        @Schema(example = "2456001F1310")
        @Pattern(regexp = YjCodes.PATTERN, message = YjCodes.FORMAT_MESSAGE)
        String yjCode,

        @Schema(description = "Where signed webhooks are POSTed; required with the WEBHOOK channel",
                example = "https://pharmacy.example.jp/hooks/supply")
        @Size(max = WEBHOOK_URL_LENGTH) @Pattern(regexp = WEBHOOK_URL, message = WEBHOOK_URL_FORMAT)
        String webhookUrl,

        @Schema(description = "Channels; default [WEBHOOK] (the first API's behaviour)", example = "[\"EMAIL\",\"INBOX\"]")
        @Size(max = 4)
        List<Channel> channels,

        @Schema(description = "Alerts below this severity are not sent; default INFO (all)", example = "MEDIUM")
        Severity minSeverity,

        @Schema(description = DEMAND_SHIFT_ALERTS + "既定は true。", example = "true")
        Boolean demandShiftAlerts) {

    /** The form of a webhook URL before {@code WebhookTargets} checks where it leads, and its longest length. */
    static final String WEBHOOK_URL = "^https?://[^\\s/]+(/\\S*)?$";
    static final int WEBHOOK_URL_LENGTH = 2000;
    static final String WEBHOOK_URL_FORMAT = "{shortagewatch.webhookurl.format}";

    /** What {@code demandShiftAlerts} means, in Japanese, as the OpenAPI document states it. */
    static final String DEMAND_SHIFT_ALERTS = "需要移行の早期警告を受け取るか。この購読の製品（種類 YJ_CODE）と同一成分・同規格の"
            + "他社品が通常出荷から限定出荷・供給停止になったとき、この製品に需要が移る見込みを一段低い重要度で知らせる"
            + "（種類 SUPPLY_STATUS とは別の DEMAND_SHIFT、webhook の type は supply-status.demand-shift）。"
            + "同じ製品についての警告は日本時間の 1 日に 1 回まで（同じ日に複数の他社品が出荷を絞っても最初の変更で 1 回）。"
            + "minSeverity も適用される。";
}
