package org.shortagewatch.notification.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.notification.domain.FacilityCode;

@Schema(description = "A facility subscribes to one product's supply status, delivered to its webhook")
public record SubscriptionRequest(
        @Schema(description = "医療機関コード", example = "1341234567")
        @NotNull @Pattern(regexp = FacilityCode.PATTERN, message = FacilityCode.FORMAT_HINT)
        String facilityCode,

        @Schema(example = "2456001F1310")
        @NotNull @Pattern(regexp = YjCodes.PATTERN, message = YjCodes.FORMAT_HINT)
        String yjCode,

        @Schema(description = "Where signed webhooks are POSTed", example = "https://pharmacy.example.jp/hooks/supply")
        @NotNull @Size(max = 2000) @Pattern(regexp = "^https?://[^\\s/]+(/\\S*)?$", message = "must be an absolute http or https URL")
        String webhookUrl) {
}
