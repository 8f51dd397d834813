package org.shortagewatch.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.persistence.Subscription;

/** A subscription; {@code secret} is present only in the answer that created or rotated it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String facilityCode, String kind, String target, String yjCode,
        List<String> channels, String minSeverity,
        @Schema(description = SubscriptionRequest.DEMAND_SHIFT_ALERTS) boolean demandShiftAlerts, String webhookUrl, boolean active,
        String disabledReason, Instant createdAt, String secret) {

    static SubscriptionView of(Subscription s) {
        return view(s, null);
    }

    static SubscriptionView withSecret(Subscription s) {
        return view(s, s.secret);
    }

    private static SubscriptionView view(Subscription s, String secret) {
        return new SubscriptionView(s.id, s.facilityCode, s.kind.name(), s.target, s.yjCode, List.of(s.channels),
                Severity.ofLevel(s.minSeverity).name(), s.demandShiftAlerts, s.webhookUrl, s.active, s.disabledReason, s.createdAt, secret);
    }
}
