package org.shortagewatch.report.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;

/**
 * A supply-risk report (供給不安報告): a maker tells the regulator that one of its products may be limited or stop.
 * Confidential between the two.
 *
 * @param followedBy the status change that followed it up, null unless {@link RiskReportState#FOLLOWED}
 */
public record SupplyRiskReport(UUID id, String yjCode, String organisationCode, ShipmentResponse expectedResponse,
        LocalDate expectedFrom, ShortageReason reason, ShipmentVolume expectedVolume, String details,
        RiskReportState state, Instant submittedAt, String submittedBy, FollowingChange followedBy,
        Instant withdrawnAt, String withdrawalReason) {

    /** The status change that followed a report up, as it was recorded. */
    public record FollowingChange(long id, long revision, LocalDate effectiveDate, Instant at) {
    }

    /** The day it was submitted, in Japan. */
    public LocalDate submittedOn() {
        return submittedAt.atZone(ReportingDay.JAPAN).toLocalDate();
    }

    /** Days from submission to the following change's effective date; null until followed. */
    public Long leadTimeDays() {
        return followedBy == null ? null : SupplyRiskRules.leadTimeDays(submittedOn(), followedBy.effectiveDate());
    }
}
