package org.shortagewatch.report.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.ShipmentResponse;

/**
 * The rules of supply-risk reports (供給不安報告, 薬機法18条の3 as amended in 2025): what a report may announce, which
 * status change follows it up, and how far ahead it came.
 */
public final class SupplyRiskRules {

    private SupplyRiskRules() {
    }

    /**
     * A report announces a limited shipment or a stop from a day not yet past.
     *
     * @param today the reporting day in Japan
     */
    public static List<StatusChangeRules.Violation> check(ShipmentResponse expectedResponse, LocalDate expectedFrom,
            LocalDate today) {
        List<StatusChangeRules.Violation> violations = new ArrayList<>();
        if (expectedResponse == ShipmentResponse.NORMAL) {
            violations.add(new StatusChangeRules.Violation("expectedResponse", Text.of(
                    "供給不安報告には限定出荷または供給停止の見込みを指定してください",
                    "a supply-risk report announces a limited shipment or a stop, not normal shipment")));
        }
        if (expectedFrom != null && expectedFrom.isBefore(today)) {
            violations.add(new StatusChangeRules.Violation("expectedFrom", Text.of(
                    "過去の日付です。始まった限定出荷・供給停止は状況変更として報告してください",
                    "is in the past; a limited shipment or stop that has begun is reported as a status change")));
        }
        return violations;
    }

    /** The link rule: a status change to a limited shipment or a stop follows up its product's open report. */
    public static boolean followsUp(ShipmentResponse response) {
        return response != null && response.isShort();
    }

    /**
     * Days from the day a report was submitted (in Japan) to the day the change that followed it took effect;
     * negative when the change took effect before the report (a change reported late).
     */
    public static long leadTimeDays(LocalDate submittedOn, LocalDate effectiveDate) {
        return ChronoUnit.DAYS.between(submittedOn, effectiveDate);
    }
}
