package org.shortagewatch.notification.delivery;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The webhook settings delivery tests run under besides the defaults, each a Quarkus test profile (the tests of a
 * profile get an application of their own).
 */
final class WebhookProfiles {

    private WebhookProfiles() {
    }

    /** The production rule: no private or reserved webhook targets. */
    public static class PublicTargetsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shortagewatch.webhook.allow-private-targets", "false");
        }
    }

    /** The Standard Webhooks retry schedule; an endpoint failing for 20 h is disabled; due retries swept often. */
    public static class StandardSchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shortagewatch.webhook.retry-schedule", "5s,5m,30m,2h,5h,10h,10h",
                    "shortagewatch.webhook.disable-after", "20h",
                    "shortagewatch.webhook.sweep-interval", "200ms");
        }
    }

    /** Rounds that start sends for one second, one webhook at a time to an endpoint: a window closes on a batch. */
    public static class ShortRounds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shortagewatch.webhook.timeout", "1s", "shortagewatch.webhook.webhooks-in-flight", "6",
                    "shortagewatch.webhook.connections-per-endpoint", "1");
        }
    }
}
