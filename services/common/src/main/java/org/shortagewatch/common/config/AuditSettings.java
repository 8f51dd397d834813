package org.shortagewatch.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The audit trail. */
@ConfigMapping(prefix = "shortagewatch.audit")
public interface AuditSettings {

    /**
     * How often committed rows are linked into the hash chain (read by a {@code @Scheduled} expression, so its default
     * is in common's microprofile-config.properties).
     */
    Duration linkInterval();

    /** How many entries the hash chain links per round. */
    @WithDefault("1000")
    int linkBatchSize();

    @WithName("security-failures.enabled")
    @WithDefault("true")
    boolean securityFailuresEnabled();
}
