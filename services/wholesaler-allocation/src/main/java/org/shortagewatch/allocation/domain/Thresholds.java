package org.shortagewatch.allocation.domain;

/**
 * The detectors' thresholds.
 *
 * @param surgeRatio an order surge is ordering more than this times the baseline for the same number of days (the
 *        guideline's 110%: 1.10)
 * @param surgeMinExcessUnits ... and at least this many units more (so tiny baselines do not raise findings)
 * @param duplicateMinWholesalers duplicate ordering is ordering one product from at least this many wholesalers
 * @param windowDays orders are judged over the {@code windowDays} days ending on the day of the computation
 * @param lowDaysOfSupply a prefecture under this many days of supply ...
 * @param highDaysOfSupply ... while another holds over this many is a regional imbalance
 * @param consumptionDays days of supply are stock over the daily rate of shipments in this many days
 * @param clusterMinFacilities a cluster is at least this many facilities of one prefecture reporting "cannot obtain"
 * @param clusterWindowDays ... within this many days
 */
public record Thresholds(double surgeRatio, long surgeMinExcessUnits, int duplicateMinWholesalers, int windowDays,
        double lowDaysOfSupply, double highDaysOfSupply, int consumptionDays, int clusterMinFacilities,
        int clusterWindowDays) {

    public static final Thresholds DEFAULT = new Thresholds(1.10, 10, 2, 28, 7, 60, 28, 3, 14);
}
