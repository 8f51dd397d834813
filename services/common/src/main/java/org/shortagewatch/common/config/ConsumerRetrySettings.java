package org.shortagewatch.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Kafka consumers: how a failure of ours (not a bad record) is retried. */
@ConfigMapping(prefix = "shortagewatch.consumer.retry")
public interface ConsumerRetrySettings {

    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();
}
