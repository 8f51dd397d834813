package org.shortagewatch.notification.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.notification.persistence.Subscription;

/** A subscription; {@code secret} is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String facilityCode, String yjCode, String webhookUrl, boolean active,
        Instant createdAt, String secret) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.id, s.facilityCode, s.yjCode, s.webhookUrl, s.active, s.createdAt, null);
    }

    static SubscriptionView withSecret(Subscription s) {
        return new SubscriptionView(s.id, s.facilityCode, s.yjCode, s.webhookUrl, s.active, s.createdAt, s.secret);
    }
}
