package org.shortagewatch.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bearer tokens. */
@ConfigMapping(prefix = "shortagewatch.security")
public interface SecuritySettings {

    /** How long a verified token is remembered (0: verify every time). */
    @WithDefault("60s")
    Duration verifiedTokenTtl();

    @WithDefault("10000")
    long verifiedTokensMax();
}
