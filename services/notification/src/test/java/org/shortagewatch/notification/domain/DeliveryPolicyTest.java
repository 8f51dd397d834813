package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shortagewatch.notification.domain.DeliveryPolicy.Status;

class DeliveryPolicyTest {

    private static final RetrySchedule SCHEDULE = RetrySchedule.STANDARD_WEBHOOKS;

    @Test
    void aSuccessIsDelivered() {
        assertEquals(Status.DELIVERED, DeliveryPolicy.decide(1, 204, Optional.empty(), SCHEDULE).status());
    }

    @Test
    void failuresFollowTheStandardWebhooksScheduleThenGiveUp() {
        Duration[] expected = {Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10)};
        for (int attempt = 1; attempt <= expected.length; attempt++) {
            DeliveryPolicy.Decision d = DeliveryPolicy.decide(attempt, 500, Optional.empty(), SCHEDULE);
            assertEquals(Status.PENDING, d.status());
            assertEquals(expected[attempt - 1], d.retryIn().orElseThrow());
        }
        assertEquals(Status.FAILED, DeliveryPolicy.decide(8, null, Optional.empty(), SCHEDULE).status());
        assertEquals(8, SCHEDULE.maxAttempts());
    }

    @Test
    void goneStopsAndDisablesTheEndpoint() {
        DeliveryPolicy.Decision d = DeliveryPolicy.decide(1, 410, Optional.empty(), SCHEDULE);
        assertEquals(Status.FAILED, d.status());
        assertTrue(d.disableEndpoint());
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheSchedule() {
        assertEquals(Duration.ofSeconds(120),
                DeliveryPolicy.decide(1, 429, Optional.of(Duration.ofSeconds(120)), SCHEDULE).retryIn().orElseThrow());
        assertEquals(Duration.ofSeconds(5),
                DeliveryPolicy.decide(1, 429, Optional.of(Duration.ofSeconds(1)), SCHEDULE).retryIn().orElseThrow());
        assertFalse(DeliveryPolicy.decide(1, 429, Optional.empty(), SCHEDULE).disableEndpoint());
    }

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-25T00:00:00Z");
        assertEquals(Optional.of(Duration.ofSeconds(30)), DeliveryPolicy.parseRetryAfter("30", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)),
                DeliveryPolicy.parseRetryAfter("Wed, 25 Nov 2026 00:01:30 GMT", now));
        assertEquals(Optional.empty(), DeliveryPolicy.parseRetryAfter("soon", now));
    }
}
