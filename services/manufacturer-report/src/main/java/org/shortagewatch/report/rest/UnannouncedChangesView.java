package org.shortagewatch.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.report.domain.AdvanceNotice;
import org.shortagewatch.report.persistence.AdvanceNoticeQueries;
import org.shortagewatch.report.service.SupplyRiskReview;

/**
 * The regulator's review of a period: changes to a limited shipment or a stop (from normal shipment or as a first
 * report) with no supply-risk report for the product in the lookback days before, and stoppage notices recorded
 * without a named supply-system manager.
 */
public record UnannouncedChangesView(LocalDate from, LocalDate to, long lookbackDays, List<Change> unannouncedChanges,
        List<Notice> noticesWithoutManager) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(long statusChangeId, String yjCode, String productName, String manufacturerCode,
            String manufacturerName, long revision, ShipmentResponse previousResponse, ShipmentResponse shipmentResponse,
            String shipmentResponseLabel, LocalDate effectiveDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Notice(long statusChangeId, String yjCode, String productName, String manufacturerCode,
            String manufacturerName, long revision, ShipmentResponse shipmentResponse, String shipmentResponseLabel,
            ShipmentVolume shipmentVolume, LocalDate effectiveDate, Instant reportedAt, boolean managerNamed) {
    }

    static UnannouncedChangesView of(SupplyRiskReview.Unannounced review) {
        return new UnannouncedChangesView(review.from(), review.to(), review.lookbackDays(),
                review.changes().stream().map(UnannouncedChangesView::change).toList(),
                review.noticesWithoutManager().stream().map(UnannouncedChangesView::notice).toList());
    }

    private static Change change(AdvanceNotice.Change c) {
        return new Change(c.changeId(), c.yjCode(), c.productName(), c.manufacturerCode(), c.manufacturerName(),
                c.revision(), c.previous(), c.response(), c.response().japanese(), c.effectiveDate());
    }

    private static Notice notice(AdvanceNoticeQueries.NoticeWithoutManager n) {
        return new Notice(n.changeId(), n.yjCode(), n.productName(), n.manufacturerCode(), n.manufacturerName(),
                n.revision(), n.response(), n.response().japanese(), n.volume(), n.effectiveDate(), n.reportedAt(),
                false);
    }
}
