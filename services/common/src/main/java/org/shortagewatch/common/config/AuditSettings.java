package org.shortagewatch.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The audit trail. */
@ConfigMapping(prefix = "shortagewatch.audit")
public interface AuditSettings {

    /** How many entries the hash chain links per round. */
    @WithDefault("1000")
    int linkBatchSize();

    @WithName("security-failures.enabled")
    @WithDefault("true")
    boolean securityFailuresEnabled();
}
