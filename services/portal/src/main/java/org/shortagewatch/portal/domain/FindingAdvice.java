package org.shortagewatch.portal.domain;

import java.util.List;
import java.util.Map;

/**
 * What a wholesaler can do about a maldistribution finding (偏在), in plain words: for each kind of finding as
 * wholesaler-allocation names it (its rule), the steps to take, as message keys of the wholesaler's bundle
 * ({@code adviceSurgeHold}...), and for an order surge the figure the first step names: the guideline's cap on the
 * facility's orders (its baseline for the window times the guideline ratio), rounded down to whole units.
 * Follows the published guidance: order no more than about a month's need or 110% of past purchases, never the same
 * item from several wholesalers, stock moved to where it runs short, patients on therapy first.
 */
public record FindingAdvice(String ruleKey, List<String> steps, Long capUnits) {

    /** The steps of each rule, in the order a wholesaler takes them. */
    private static final Map<String, List<String>> STEPS = Map.of(
            "ORDER_SURGE", List.of("adviceSurgeHold", "adviceSurgeMonth", "adviceSurgeAsk"),
            "DUPLICATE_ORDERING", List.of("adviceDuplicateAsk", "adviceDuplicateCancel", "adviceDuplicateOne"),
            "REGIONAL_IMBALANCE", List.of("adviceRegionalFirst", "adviceRegionalMove", "adviceRegionalNearTerm"),
            "CANNOT_OBTAIN_CLUSTER", List.of("adviceClusterCheck", "adviceClusterAlternatives", "adviceClusterTell"));

    /** A finding of a rule this portal does not know yet: read it, and ask the service's operators. */
    private static final List<String> UNKNOWN = List.of("adviceUnknown");

    /** The advice for a finding of {@code rule} with its {@code evidence} (numbers by name, as published). */
    public static FindingAdvice of(String rule, Map<String, Object> evidence) {
        List<String> steps = STEPS.get(rule);
        if (steps == null) {
            return new FindingAdvice("ruleUnknown", UNKNOWN, null);
        }
        return new FindingAdvice("rule" + rule, steps, "ORDER_SURGE".equals(rule) ? cap(evidence) : null);
    }

    /** The guideline's cap on a surging facility's orders in the window, or null when the evidence lacks it. */
    static Long cap(Map<String, Object> evidence) {
        if (evidence == null || !(evidence.get("expectedUnits") instanceof Number expected)
                || !(evidence.get("threshold") instanceof Number threshold)) {
            return null;
        }
        return (long) Math.floor(expected.doubleValue() * threshold.doubleValue() + 1e-9);
    }

    /** Whether the first step names the cap (an order surge with its evidence). */
    public boolean hasCap() {
        return capUnits != null;
    }
}
