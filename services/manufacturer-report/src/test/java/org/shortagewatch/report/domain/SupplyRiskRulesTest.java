package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

class SupplyRiskRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void aReportAnnouncesALimitedShipmentOrAStopFromADayNotYetPast() {
        assertEquals(List.of(), SupplyRiskRules.check(ShipmentResponse.STOPPED, TODAY, TODAY));
        assertEquals(List.of(), SupplyRiskRules.check(ShipmentResponse.LIMITED_OTHER, TODAY.plusDays(30), TODAY));
        List<StatusChangeRules.Violation> broken = SupplyRiskRules.check(ShipmentResponse.NORMAL,
                TODAY.minusDays(1), TODAY);
        assertEquals(List.of("expectedResponse", "expectedFrom"),
                broken.stream().map(StatusChangeRules.Violation::field).toList());
        assertTrue(broken.get(0).message().ja().contains("限定出荷または供給停止"));
        assertTrue(broken.get(1).message().en().contains("in the past"));
    }

    @Test
    void aChangeToALimitedShipmentOrAStopFollowsUpTheOpenReport() {
        assertTrue(SupplyRiskRules.followsUp(ShipmentResponse.STOPPED));
        assertTrue(SupplyRiskRules.followsUp(ShipmentResponse.LIMITED_OWN_REASONS));
        assertTrue(SupplyRiskRules.followsUp(ShipmentResponse.LIMITED_OTHER_COMPANY));
        assertTrue(SupplyRiskRules.followsUp(ShipmentResponse.LIMITED_OTHER));
        assertFalse(SupplyRiskRules.followsUp(ShipmentResponse.NORMAL));
        assertFalse(SupplyRiskRules.followsUp(null));
    }

    @Test
    void theLeadTimeRunsFromTheDayOfTheReportInJapanToTheEffectiveDate() {
        assertEquals(30, SupplyRiskRules.leadTimeDays(TODAY, TODAY.plusDays(30)));
        assertEquals(-2, SupplyRiskRules.leadTimeDays(TODAY, TODAY.minusDays(2)), "a change reported late");
        // 2026-05-31 16:00 UTC is 2026-06-01 01:00 in Japan: submitted on June 1.
        SupplyRiskReport followed = report(Instant.parse("2026-05-31T16:00:00Z"),
                new SupplyRiskReport.FollowingChange(7, 3, LocalDate.of(2026, 6, 11), Instant.now()),
                RiskReportState.FOLLOWED);
        assertEquals(TODAY, followed.submittedOn());
        assertEquals(10L, followed.leadTimeDays());
        assertNull(report(Instant.parse("2026-05-31T16:00:00Z"), null, RiskReportState.OPEN).leadTimeDays());
    }

    @Test
    void onlyAnOpenReportCanBeWithdrawnOrFollowed() {
        assertTrue(RiskReportState.OPEN.isOpen());
        assertFalse(RiskReportState.FOLLOWED.isOpen());
        assertFalse(RiskReportState.WITHDRAWN.isOpen());
    }

    private static SupplyRiskReport report(Instant submitted, SupplyRiskReport.FollowingChange followed,
            RiskReportState state) {
        return new SupplyRiskReport(UUID.randomUUID(), "2456001F1310", "MFR1", ShipmentResponse.STOPPED,
                LocalDate.of(2026, 6, 10), ShortageReason.RAW_MATERIALS, null, null, state, submitted, "u", followed,
                null, null);
    }
}
