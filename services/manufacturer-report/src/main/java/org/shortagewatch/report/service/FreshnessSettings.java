package org.shortagewatch.report.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * {@code shortagewatch.freshness.*}: how long a limited or stopped product's status may go unconfirmed, and when
 * the makers of stale products are reminded. Defaults in application.properties.
 */
@ConfigMapping(prefix = "shortagewatch.freshness")
public interface FreshnessSettings {

    /**
     * How long after its last report or confirmation a product in limited shipment or supply stopped is flagged
     * stale on the public list, the export and the scorecard.
     */
    Duration staleAfter();

    /**
     * When the daily reminder sweep runs, a Quartz-style cron expression in Japan's time ({@code off} disables it;
     * admins can still run it with {@code POST /api/v1/freshness/sweep}).
     */
    String sweepCron();
}
