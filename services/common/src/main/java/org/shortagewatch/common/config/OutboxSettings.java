package org.shortagewatch.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The transactional outbox and its relay to Kafka. */
@ConfigMapping(prefix = "shortagewatch.outbox")
public interface OutboxSettings {

    /** The CloudEvents {@code source} of the events this service publishes, e.g. {@code /manufacturer-report}. */
    String source();

    Relay relay();

    /**
     * How often the outbox's lag is measured (read by a {@code @Scheduled} expression, so its default is in common's
     * microprofile-config.properties).
     */
    Duration lagInterval();

    /** How old the oldest unpublished event may grow before the outbox's health says so. */
    @WithDefault("60s")
    Duration lagWarning();

    interface Relay {
        /** Whether this process relays (one relay drains at a time per database, whatever this says). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500")
        int batchSize();

        /** How often the relay looks for events without being notified. */
        @WithDefault("5s")
        Duration sweepInterval();
    }
}
