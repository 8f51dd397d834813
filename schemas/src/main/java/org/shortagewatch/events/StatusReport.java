package org.shortagewatch.events;

import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reported shipment-status change, with every field of the national supply-status list: what a maker reports to
 * manufacturer-report (by form, API or a list's row) and what {@link SupplyStatusChanged} carries at its top level. A
 * field without a value is left out of the JSON.
 *
 * @param yjCode the product
 * @param shipmentResponse the new shipment response
 * @param reason why supply is short; {@code null} for normal shipment
 * @param effectiveDate the day the change takes effect
 * @param effectiveDateCertainty whether {@code effectiveDate} is anticipated or actual; absent: actual
 * @param causeYjCode for {@code LIMITED_OTHER_COMPANY}: the other company's product that caused it, when known
 * @param resolutionOutlook whether the shortage is expected to be resolved (解消見込み)
 * @param expectedResolutionDate when it is expected to be resolved (解消見込み時期): the last day of the stated period
 * @param expectedResolutionPrecision how precisely that date was stated (2027年3月下旬); absent: to the day
 * @param shipmentVolume the shipment volume (出荷量の状況)
 * @param volumeImprovementDate when the volume is expected to improve (出荷量改善の見込み時期): the last day of the
 *        stated period
 * @param volumeImprovementPrecision how precisely that date was stated; absent: to the day
 * @param volumeImprovementAmount by how much (出荷量改善の見込み量), as the manufacturer states it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusReport(
        String yjCode,
        ShipmentResponse shipmentResponse,
        ShortageReason reason,
        LocalDate effectiveDate,
        DateCertainty effectiveDateCertainty,
        String causeYjCode,
        ResolutionOutlook resolutionOutlook,
        LocalDate expectedResolutionDate,
        DatePrecision expectedResolutionPrecision,
        ShipmentVolume shipmentVolume,
        LocalDate volumeImprovementDate,
        DatePrecision volumeImprovementPrecision,
        String volumeImprovementAmount) {

    /**
     * A report as stated; a date stated to part of a month stands for that period's last day, whichever of its days
     * was given, and a date stated to the day has no precision.
     */
    public StatusReport {
        effectiveDateCertainty = effectiveDateCertainty == null ? DateCertainty.ACTUAL : effectiveDateCertainty;
        expectedResolutionPrecision = coarse(expectedResolutionPrecision);
        volumeImprovementPrecision = coarse(volumeImprovementPrecision);
        if (expectedResolutionDate != null && expectedResolutionPrecision != null) {
            expectedResolutionDate = expectedResolutionPrecision.periodEnd(expectedResolutionDate);
        }
        if (volumeImprovementDate != null && volumeImprovementPrecision != null) {
            volumeImprovementDate = volumeImprovementPrecision.periodEnd(volumeImprovementDate);
        }
    }

    private static DatePrecision coarse(DatePrecision precision) {
        return precision == DatePrecision.DAY ? null : precision;
    }

    /**
     * A row of a national-list file that names a product and states no status (the exported list's line for a
     * product nobody has reported on): nothing to record.
     */
    public static StatusReport nothingStated(String yjCode) {
        return new StatusReport(yjCode, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether this states no status at all (see {@link #nothingStated}). */
    public boolean statesNothing() {
        return shipmentResponse == null;
    }

    /**
     * Whether this report, read from a national-list file, says nothing new about {@code current}, the status its
     * product already has on this report's effective date (null when none): every field that makes a status is the
     * same, the effective date included. The list has no column for the effective date's certainty, so a row leaves
     * the certainty as it is: it is compared only when {@code certaintyStated}. An outlook's precision is compared
     * where {@code current} has one: a status kept without (before precisions were kept) is not restated, with a new
     * revision and alerts to everyone following the product, by a row that names the same day's period.
     */
    public boolean repeats(StatusReport current, boolean certaintyStated) {
        return current != null && yjCode.equals(current.yjCode) && shipmentResponse == current.shipmentResponse
                && reason == current.reason && Objects.equals(effectiveDate, current.effectiveDate)
                && (!certaintyStated || effectiveDateCertainty == current.effectiveDateCertainty)
                && Objects.equals(causeYjCode, current.causeYjCode) && resolutionOutlook == current.resolutionOutlook
                && Objects.equals(expectedResolutionDate, current.expectedResolutionDate)
                && samePrecision(expectedResolutionPrecision, current.expectedResolutionPrecision)
                && shipmentVolume == current.shipmentVolume
                && Objects.equals(volumeImprovementDate, current.volumeImprovementDate)
                && samePrecision(volumeImprovementPrecision, current.volumeImprovementPrecision)
                && Objects.equals(volumeImprovementAmount, current.volumeImprovementAmount);
    }

    private static boolean samePrecision(DatePrecision stated, DatePrecision current) {
        return current == null || stated == current;
    }
}
