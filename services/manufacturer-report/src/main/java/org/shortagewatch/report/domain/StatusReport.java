package org.shortagewatch.report.domain;

import java.time.LocalDate;

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

    /** The fields the consistency rules judge. */
    public StatusChangeRules.ReportedChange forRules() {
        return new StatusChangeRules.ReportedChange(yjCode, shipmentResponse, reason, causeYjCode, resolutionOutlook,
                expectedResolutionDate, volumeImprovementDate);
    }
}
