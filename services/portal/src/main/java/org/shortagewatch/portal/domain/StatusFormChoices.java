package org.shortagewatch.portal.domain;

import java.util.List;

/**
 * The choices of the status-change form, in the national list's order, each a code manufacturer-report knows and the
 * key of its words ({@code reasonMANUFACTURING_TROUBLE}): the shipment response ① to ⑤ (words from
 * {@link ShipmentResponseLabel}), the reason ⑭, the outlook ⑮, the volume ⑰, the effective date's certainty, and to
 * what part of a month an outlook date (⑯, ⑱) is stated.
 */
public final class StatusFormChoices {

    /** An outlook date stated to the day: the service's default, sent as no precision. */
    public static final String DAY = "DAY";

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
    /** The day itself (the default), 上旬, 中旬, 下旬, the whole month: the date sent is any day of the period. */
    public static final List<FormChoices.Choice> PRECISIONS = FormChoices.of("precision",
            List.of(DAY, "EARLY_MONTH", "MID_MONTH", "LATE_MONTH", "MONTH"));

    private StatusFormChoices() {
    }

    /**
     * An outlook date's precision as chosen, to send: none for the day itself (DAY) or nothing chosen, as the service
     * reads a date without precision; any other as typed, which the service checks (and refuses naming the field).
     */
    public static String precision(String chosen) {
        String typed = FormInput.text(chosen);
        return typed == null || DAY.equals(typed) ? null : typed;
    }

    /** The response a filter or form shows chosen: the one asked for if it is one of the five, else none. */
    public static String response(String code) {
        return ShipmentResponseLabel.of(code) == null ? null : code;
    }
}
