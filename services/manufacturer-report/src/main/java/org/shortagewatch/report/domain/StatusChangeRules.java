package org.shortagewatch.report.domain;

import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

/** The consistency rules a reported status change must satisfy, beyond the form of each field. */
public final class StatusChangeRules {

    /** A broken rule, naming the field to correct. */
    public record Violation(String field, String message) {
    }

    private StatusChangeRules() {
    }

    public static List<Violation> check(ShipmentResponse response, ShortageReason reason) {
        List<Violation> violations = new ArrayList<>();
        if (response == ShipmentResponse.NORMAL && reason != null) {
            violations.add(new Violation("reason", "normal shipment (通常出荷) carries no shortage reason"));
        }
        if (response != null && response.isShort() && reason == null) {
            violations.add(new Violation("reason",
                    "limited shipment or a stop needs a reason (限定出荷等の理由)"));
        }
        return violations;
    }
}
