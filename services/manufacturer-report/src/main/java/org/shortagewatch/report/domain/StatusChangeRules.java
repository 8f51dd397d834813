package org.shortagewatch.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.StatusReport;

/** The consistency rules a reported status change must satisfy, beyond the form of each field. */
public final class StatusChangeRules {

    /** A broken rule, naming the field to correct; the message in Japanese and English, as problem details show it. */
    public record Violation(String field, Text message) {
    }

    /** The fields of a report the rules look at. */
    public record ReportedChange(String yjCode, ShipmentResponse shipmentResponse, ShortageReason reason,
            String causeYjCode, ResolutionOutlook resolutionOutlook, LocalDate expectedResolutionDate,
            LocalDate volumeImprovementDate, ShipmentVolume shipmentVolume, DatePrecision expectedResolutionPrecision,
            DatePrecision volumeImprovementPrecision) {

        /** The fields of {@code report} that the rules judge. */
        public static ReportedChange of(StatusReport report) {
            return new ReportedChange(report.yjCode(), report.shipmentResponse(), report.reason(),
                    report.causeYjCode(), report.resolutionOutlook(), report.expectedResolutionDate(),
                    report.volumeImprovementDate(), report.shipmentVolume(), report.expectedResolutionPrecision(),
                    report.volumeImprovementPrecision());
        }
    }

    private static final Text PAST = Text.of("過去の日付です", "is in the past");

    private StatusChangeRules() {
    }

    /**
     * Every rule: {@link #consistency} and {@link #pastDates}.
     *
     * @param today the reporting day (in Japan), against which expected dates must not lie in the past
     */
    public static List<Violation> check(ReportedChange c, LocalDate today) {
        List<Violation> violations = consistency(c);
        violations.addAll(pastDates(c, today));
        return violations;
    }

    /**
     * The expected dates of a change must not lie in the past. A bulk file's row that repeats the status a product
     * already has is exempt: the list is re-uploaded as it was exported, dates that have passed included.
     *
     * @param today the reporting day (in Japan)
     */
    public static List<Violation> pastDates(ReportedChange c, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (c.expectedResolutionDate() != null && c.expectedResolutionDate().isBefore(today)) {
            violations.add(new Violation("expectedResolutionDate", PAST));
        }
        if (c.volumeImprovementDate() != null && c.volumeImprovementDate().isBefore(today)) {
            violations.add(new Violation("volumeImprovementDate", PAST));
        }
        return violations;
    }

    /** The rules on how a change's fields go together, whatever the day. */
    public static List<Violation> consistency(ReportedChange c) {
        List<Violation> violations = new ArrayList<>();
        ShipmentResponse response = c.shipmentResponse();
        if (response == ShipmentResponse.NORMAL && c.reason() != null) {
            violations.add(new Violation("reason", Text.of("通常出荷には限定出荷等の理由を付けません",
                    "normal shipment (通常出荷) carries no shortage reason")));
        }
        if (response != null && response.isShort() && c.reason() == null) {
            violations.add(new Violation("reason", Text.of("限定出荷・供給停止には限定出荷等の理由が必要です",
                    "limited shipment or a stop needs a reason (限定出荷等の理由)")));
        }
        if (c.causeYjCode() != null) {
            if (response != ShipmentResponse.LIMITED_OTHER_COMPANY) {
                violations.add(new Violation("causeYjCode", Text.of(
                        "原因品目は「限定出荷（他社品の影響）」のときだけ指定してください",
                        "a cause product is named only for limited shipment caused by another company's product"
                                + " (限定出荷（他社品の影響）)")));
            } else if (c.causeYjCode().equals(c.yjCode())) {
                violations.add(new Violation("causeYjCode", Text.of("原因品目には別の品目を指定してください",
                        "the cause product must be another product")));
            }
        }
        ShipmentVolume volume = c.shipmentVolume();
        if (response == ShipmentResponse.NORMAL && volume == ShipmentVolume.C) {
            violations.add(new Violation("shipmentVolume", Text.of("通常出荷の出荷量の状況は「C 出荷停止」にできません",
                    "normal shipment (通常出荷) cannot have shipment volume C (出荷停止)")));
        }
        if (response == ShipmentResponse.STOPPED && (volume == ShipmentVolume.A || volume == ShipmentVolume.A_PLUS)) {
            violations.add(new Violation("shipmentVolume", Text.of("供給停止の出荷量の状況は A+・A（通常以上）にできません",
                    "supply stopped (供給停止) cannot have shipment volume A+ or A (normal or more)")));
        }
        if (c.expectedResolutionPrecision() != null && c.expectedResolutionDate() == null) {
            violations.add(new Violation("expectedResolutionPrecision", Text.of(
                    "解消見込み時期の精度（上旬・中旬・下旬・月）は解消見込み時期と一緒に指定してください",
                    "a precision goes with an expectedResolutionDate")));
        }
        if (c.volumeImprovementPrecision() != null && c.volumeImprovementDate() == null) {
            violations.add(new Violation("volumeImprovementPrecision", Text.of(
                    "出荷量改善の見込み時期の精度（上旬・中旬・下旬・月）は見込み時期と一緒に指定してください",
                    "a precision goes with a volumeImprovementDate")));
        }
        if (c.expectedResolutionDate() != null) {
            if (response == ShipmentResponse.NORMAL) {
                violations.add(new Violation("expectedResolutionDate", Text.of("通常出荷には解消見込み時期を付けません",
                        "normal shipment has nothing to resolve")));
            } else if (c.resolutionOutlook() != ResolutionOutlook.YES) {
                violations.add(new Violation("expectedResolutionDate", Text.of(
                        "解消見込み時期は、⑮解消見込み（resolutionOutlook）が「あり」（YES）のときだけ指定できます",
                        "an expected resolution date goes with resolution outlook (⑮, resolutionOutlook) YES"
                                + " (解消見込みあり)")));
            }
        }
        return violations;
    }
}
