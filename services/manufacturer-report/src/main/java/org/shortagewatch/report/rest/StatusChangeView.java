package org.shortagewatch.report.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.shortagewatch.events.StatusReport;
import org.shortagewatch.report.persistence.StatusChange;

/**
 * A recorded status change: the report as its maker made it ({@link StatusReport}, whose fields stand at the top
 * level), numbered in the product's history, with the Japanese wording users see next to each code. A stoppage notice
 * (出荷停止等の届出) says whether its holder had named a supply-system manager, and names that manager as the
 * appointment stood then.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChangeView(
        long id,
        long revision,
        @JsonUnwrapped StatusReport report,
        String shipmentResponseLabel,
        String reasonLabel,
        String resolutionOutlookLabel,
        String shipmentVolumeLetter,
        String shipmentVolumeLabel,
        Instant reportedAt,
        String reportedBy,
        UUID eventId,
        Boolean stoppageNotice,
        Boolean managerNamed,
        SupplyManagerNamed supplyManager) {

    /** The supply-system manager a stoppage notice names: the appointment, its name and title. */
    public record SupplyManagerNamed(long appointmentId, String name, String title) {
    }

    static StatusChangeView of(StatusChange c) {
        StatusReport r = c.report;
        return new StatusChangeView(c.id, c.revision, r, r.shipmentResponse().japanese(),
                r.reason() == null ? null : r.reason().japanese(),
                r.resolutionOutlook() == null ? null : r.resolutionOutlook().japanese(),
                r.shipmentVolume() == null ? null : r.shipmentVolume().letter(),
                r.shipmentVolume() == null ? null : r.shipmentVolume().japanese(), c.reportedAt, c.reportedBy,
                c.eventId, c.stoppageNotice, c.managerNamed, c.supplyManagerId == null ? null
                        : new SupplyManagerNamed(c.supplyManagerId, c.supplyManagerName, c.supplyManagerTitle));
    }
}
