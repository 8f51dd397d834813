package org.shortagewatch.common.config;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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

        /** The most rows a batch may hold: a drain holds two batches in memory, and the producer buffers one. */
        int MAX_BATCH_SIZE = 4096;

        /**
         * Rows per batch: the relay sends a batch, and reads the next while Kafka acknowledges it. Larger batches keep
         * the producer busier between the relay's reads and marks; a failed send makes the whole batch go again.
         */
        @WithDefault("2000")
        @Min(1)
        @Max(MAX_BATCH_SIZE)
        int batchSize();

        /** How often the relay looks for events without being notified. */
        @WithDefault("5s")
        Duration sweepInterval();
    }
}
