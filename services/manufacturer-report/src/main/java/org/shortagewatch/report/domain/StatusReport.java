package org.shortagewatch.report.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.shortagewatch.events.DateCertainty;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;

/** One reported shipment-status change with every field of the national list, before it is recorded. */
public record StatusReport(
        String yjCode,
        ShipmentResponse shipmentResponse,
        ShortageReason reason,
        LocalDate effectiveDate,
        DateCertainty effectiveDateCertainty,
        String causeYjCode,
        ResolutionOutlook resolutionOutlook,
        LocalDate expectedResolutionDate,
        ShipmentVolume shipmentVolume,
        LocalDate volumeImprovementDate,
        String volumeImprovementAmount) {

    public StatusReport {
        effectiveDateCertainty = effectiveDateCertainty == null ? DateCertainty.ACTUAL : effectiveDateCertainty;
    }

    /**
     * A row of a national-list file that names a product and states no status (the exported list's line for a
     * product nobody has reported on): nothing to record.
     */
    public static StatusReport nothingStated(String yjCode) {
        return new StatusReport(yjCode, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether this states no status at all (see {@link #nothingStated}). */
    public boolean statesNothing() {
        return shipmentResponse == null;
    }

    /**
     * Whether this report, read from a national-list file, says nothing new about {@code current}, the status its
     * product already has on this report's effective date (null when none): every field that makes a status is the
     * same, the effective date included. The list has no column for the effective date's certainty, so a row leaves
     * the certainty as it is: it is compared only when {@code certaintyStated}.
     */
    public boolean repeats(StatusReport current, boolean certaintyStated) {
        return current != null && yjCode.equals(current.yjCode) && shipmentResponse == current.shipmentResponse
                && reason == current.reason && Objects.equals(effectiveDate, current.effectiveDate)
                && (!certaintyStated || effectiveDateCertainty == current.effectiveDateCertainty)
                && Objects.equals(causeYjCode, current.causeYjCode) && resolutionOutlook == current.resolutionOutlook
                && Objects.equals(expectedResolutionDate, current.expectedResolutionDate)
                && shipmentVolume == current.shipmentVolume
                && Objects.equals(volumeImprovementDate, current.volumeImprovementDate)
                && Objects.equals(volumeImprovementAmount, current.volumeImprovementAmount);
    }

    /** The fields the consistency rules judge. */
    public StatusChangeRules.ReportedChange forRules() {
        return new StatusChangeRules.ReportedChange(yjCode, shipmentResponse, reason, causeYjCode, resolutionOutlook,
                expectedResolutionDate, volumeImprovementDate);
    }
}
