package org.shortagewatch.common.config;

import java.util.Optional;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The write rate limit per organisation, per API key and per address. */
// read when the REST filters are built, at static init: its values come from application.properties and the
// environment, both there by then (JVM mode)
@StaticInitSafe
@ConfigMapping(prefix = "shortagewatch.rate-limit")
public interface RateLimitSettings {

    @WithDefault("true")
    boolean enabled();

    @WithDefault("600")
    long writesPerMinute();

    /** How many writes may come at once; as many as a minute's when not set. */
    Optional<Long> burst();

    /** How many client addresses (anonymous callers' buckets, in each instance's memory) the limiter remembers. */
    @WithDefault("100000")
    long maxKeys();

    /** Connections of its own to the service's database, for the buckets shared by every instance. */
    @WithDefault("2")
    int connections();
}
