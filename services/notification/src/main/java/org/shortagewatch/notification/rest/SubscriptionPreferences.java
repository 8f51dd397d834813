package org.shortagewatch.notification.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "購読の設定の変更 / A subscription's preferences")
public record SubscriptionPreferences(
        @Schema(description = SubscriptionRequest.DEMAND_SHIFT_ALERTS, example = "false", required = true)
        @NotNull
        Boolean demandShiftAlerts) {
}
