package org.shortagewatch.allocation.config;

import org.shortagewatch.allocation.domain.Thresholds;

import io.smallrye.config.ConfigMapping;

/**
 * {@code shortagewatch.detection.*}: the detectors' thresholds and windows (see {@link Thresholds}), and the sweep's
 * timer. Every value, default included, is in {@code application.properties}, where operators see it (and override
 * it by environment variable).
 */
@ConfigMapping(prefix = "shortagewatch.detection")
public interface DetectionSettings {

    double surgeRatio();

    long surgeMinExcessUnits();

    int duplicateMinWholesalers();

    int windowDays();

    double lowDaysOfSupply();

    double highDaysOfSupply();

    int consumptionDays();

    int clusterMinFacilities();

    int clusterWindowDays();

    /**
     * How often {@link org.shortagewatch.allocation.service.DetectionSweep} recomputes every ingredient that needs it
     * (days of supply and the detectors' windows move with the calendar even when nobody posts); {@code off} disables
     * it. Read by the scheduler, whose expression names the same property.
     */
    String sweepInterval();

    /** How long after start-up the first sweep waits. Read by the scheduler. */
    String sweepDelay();

    default Thresholds thresholds() {
        return new Thresholds(surgeRatio(), surgeMinExcessUnits(), duplicateMinWholesalers(), windowDays(),
                lowDaysOfSupply(), highDaysOfSupply(), consumptionDays(), clusterMinFacilities(), clusterWindowDays());
    }
}
