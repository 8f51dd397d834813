package org.shortagewatch.report.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** {@code shortagewatch.supply-risk.*}: the regulator's review of supply-risk reports. Defaults in application.properties. */
@ConfigMapping(prefix = "shortagewatch.supply-risk")
public interface SupplyRiskSettings {

    /**
     * How long before a change to a limited shipment or a stop a supply-risk report for the product counts as its
     * announcement (whole days); with none in that time the change is unannounced.
     */
    Duration lookback();
}
