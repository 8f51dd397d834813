package org.shortagewatch.notification.domain;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

/**
 * How an alert names a shipment status and a shortage reason in English: in the words the portal's English pages
 * use ("Supply stopped", "Limited (own reasons)", "Quality trouble"). In Japanese an alert uses the national list's own
 * wording, which the events' enums carry ({@link ShipmentResponse#japanese()}).
 */
public final class StatusLabel {

    private StatusLabel() {
    }

    public static String en(ShipmentResponse response) {
        return switch (response) {
            case NORMAL -> "Normal shipment";
            case LIMITED_OWN_REASONS -> "Limited (own reasons)";
            case LIMITED_OTHER_COMPANY -> "Limited (another company's product)";
            case LIMITED_OTHER -> "Limited (other)";
            case STOPPED -> "Supply stopped";
        };
    }

    public static String en(ShortageReason reason) {
        return switch (reason) {
            case DEMAND_INCREASE -> "Demand increase";
            case RAW_MATERIALS -> "Raw materials";
            case MANUFACTURING_TROUBLE -> "Manufacturing trouble";
            case QUALITY_TROUBLE -> "Quality trouble";
            case REGULATORY_ACTION -> "Regulatory action";
            case PRICE_LIST_DELETION -> "Price-list deletion";
            case OTHER -> "Other";
        };
    }
}
