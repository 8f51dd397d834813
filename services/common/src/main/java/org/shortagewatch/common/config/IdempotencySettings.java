package org.shortagewatch.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Idempotency-Key records. */
@ConfigMapping(prefix = "shortagewatch.idempotency")
public interface IdempotencySettings {

    /** How long a key answers with its first request's result. */
    @WithDefault("24h")
    Duration retention();
}
