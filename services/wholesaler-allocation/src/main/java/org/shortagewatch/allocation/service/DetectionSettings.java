package org.shortagewatch.allocation.service;

import org.shortagewatch.allocation.domain.Thresholds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code shortagewatch.detection.*}: the detectors' thresholds and windows (see {@link Thresholds}). */
@ConfigMapping(prefix = "shortagewatch.detection")
public interface DetectionSettings {

    @WithDefault("1.10")
    double surgeRatio();

    @WithDefault("10")
    long surgeMinExcessUnits();

    @WithDefault("2")
    int duplicateMinWholesalers();

    @WithDefault("28")
    int windowDays();

    @WithDefault("7")
    double lowDaysOfSupply();

    @WithDefault("60")
    double highDaysOfSupply();

    @WithDefault("28")
    int consumptionDays();

    @WithDefault("3")
    int clusterMinFacilities();

    @WithDefault("14")
    int clusterWindowDays();

    /**
     * How often {@link DetectionSweep} recomputes every ingredient that needs it (days of supply and the detectors'
     * windows move with the calendar even when nobody posts); {@code off} disables it. Read by the scheduler.
     */
    @WithDefault("1h")
    String sweepInterval();

    /** How long after start-up the first sweep waits. Read by the scheduler. */
    @WithDefault("5m")
    String sweepDelay();

    default Thresholds thresholds() {
        return new Thresholds(surgeRatio(), surgeMinExcessUnits(), duplicateMinWholesalers(), windowDays(),
                lowDaysOfSupply(), highDaysOfSupply(), consumptionDays(), clusterMinFacilities(), clusterWindowDays());
    }
}
