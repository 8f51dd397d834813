package org.shortagewatch.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.events.DateCertainty;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.persistence.StatusChange;

/**
 * A recorded status change, with the Japanese wording users see next to each code. A stoppage notice (出荷停止等の届出)
 * says whether its holder had named a supply-system manager, and names that manager as the appointment stood then.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChangeView(
        long id,
        String yjCode,
        long revision,
        ShipmentResponse shipmentResponse,
        String shipmentResponseLabel,
        ShortageReason reason,
        String reasonLabel,
        LocalDate effectiveDate,
        Instant reportedAt,
        String reportedBy,
        UUID eventId,
        DateCertainty effectiveDateCertainty,
        String causeYjCode,
        ResolutionOutlook resolutionOutlook,
        String resolutionOutlookLabel,
        LocalDate expectedResolutionDate,
        ShipmentVolume shipmentVolume,
        String shipmentVolumeLetter,
        String shipmentVolumeLabel,
        LocalDate volumeImprovementDate,
        String volumeImprovementAmount,
        Boolean stoppageNotice,
        Boolean managerNamed,
        SupplyManagerNamed supplyManager) {

    /** The supply-system manager a stoppage notice names: the appointment, its name and title. */
    public record SupplyManagerNamed(long appointmentId, String name, String title) {
    }

    static StatusChangeView of(StatusChange c) {
        return new StatusChangeView(c.id, c.yjCode, c.revision, c.shipmentResponse, c.shipmentResponse.japanese(),
                c.reason, c.reason == null ? null : c.reason.japanese(), c.effectiveDate, c.reportedAt,
                c.reportedBy, c.eventId, c.effectiveDateCertainty, c.causeYjCode, c.resolutionOutlook,
                c.resolutionOutlook == null ? null : c.resolutionOutlook.japanese(), c.expectedResolutionDate,
                c.shipmentVolume, c.shipmentVolume == null ? null : c.shipmentVolume.letter(),
                c.shipmentVolume == null ? null : c.shipmentVolume.japanese(), c.volumeImprovementDate,
                c.volumeImprovementAmount, c.stoppageNotice, c.managerNamed, c.supplyManagerId == null ? null
                        : new SupplyManagerNamed(c.supplyManagerId, c.supplyManagerName, c.supplyManagerTitle));
    }
}
