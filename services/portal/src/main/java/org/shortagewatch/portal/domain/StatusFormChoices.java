package org.shortagewatch.portal.domain;

import java.util.List;

/**
 * The choices of the status-change form, in the national list's order, each a code manufacturer-report knows and the
 * key of its words ({@code reasonMANUFACTURING_TROUBLE}): the shipment response ① to ⑤ (words from
 * {@link ShipmentResponseLabel}), the reason ⑭, the outlook ⑮, the volume ⑰ and the effective date's certainty.
 */
public final class StatusFormChoices {

    public static final List<ShipmentResponseLabel> RESPONSES = List.of(ShipmentResponseLabel.values());
    public static final List<FormChoices.Choice> REASONS = FormChoices.of("reason", List.of("DEMAND_INCREASE",
            "RAW_MATERIALS", "MANUFACTURING_TROUBLE", "QUALITY_TROUBLE", "REGULATORY_ACTION", "PRICE_LIST_DELETION",
            "OTHER"));
    public static final List<FormChoices.Choice> OUTLOOKS = FormChoices.of("outlook",
            List.of("YES", "NO", "UNDECIDED", "NOT_APPLICABLE"));
    public static final List<FormChoices.Choice> VOLUMES = FormChoices.of("volume",
            List.of("A_PLUS", "A", "B", "C", "D"));
    public static final List<FormChoices.Choice> CERTAINTIES = FormChoices.of("certainty",
            List.of("ACTUAL", "ANTICIPATED"));

    private StatusFormChoices() {
    }

    /** The response a filter or form shows chosen: the one asked for if it is one of the five, else none. */
    public static String response(String code) {
        return ShipmentResponseLabel.of(code) == null ? null : code;
    }
}
