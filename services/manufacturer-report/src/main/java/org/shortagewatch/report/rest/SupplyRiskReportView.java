package org.shortagewatch.report.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.RiskReportState;
import org.shortagewatch.report.domain.SupplyRiskReport;

/**
 * A supply-risk report as its maker and the regulator read it; a followed one names the status change that followed
 * it and its lead time in days (from the report to the change's effective date).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplyRiskReportView(UUID id, String yjCode, String organisationCode,
        ShipmentResponse expectedResponse, String expectedResponseLabel, LocalDate expectedFrom, ShortageReason reason,
        String reasonLabel, ShipmentVolume expectedVolume, String details, RiskReportState state, String stateLabel,
        Instant submittedAt, String submittedBy, FollowedBy followedBy, Long leadTimeDays, Instant withdrawnAt,
        String withdrawalReason) {

    /** The status change that followed the report up. */
    public record FollowedBy(long statusChangeId, long revision, LocalDate effectiveDate, Instant at) {
    }

    /** A list of reports, newest first. */
    public record ListView(List<SupplyRiskReportView> items) {
    }

    static SupplyRiskReportView of(SupplyRiskReport r) {
        SupplyRiskReport.FollowingChange f = r.followedBy();
        return new SupplyRiskReportView(r.id(), r.yjCode(), r.organisationCode(), r.expectedResponse(),
                r.expectedResponse().japanese(), r.expectedFrom(), r.reason(), r.reason().japanese(),
                r.expectedVolume(), r.details(), r.state(), r.state().japanese(), r.submittedAt(), r.submittedBy(),
                f == null ? null : new FollowedBy(f.id(), f.revision(), f.effectiveDate(), f.at()), r.leadTimeDays(),
                r.withdrawnAt(), r.withdrawalReason());
    }
}
