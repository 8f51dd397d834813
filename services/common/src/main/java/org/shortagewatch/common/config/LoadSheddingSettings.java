package org.shortagewatch.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Writes in flight at once before the next is answered 503; 0 or less turns load shedding off. */
@ConfigMapping(prefix = "shortagewatch.load-shedding")
public interface LoadSheddingSettings {

    @WithDefault("128")
    int maxInFlight();
}
