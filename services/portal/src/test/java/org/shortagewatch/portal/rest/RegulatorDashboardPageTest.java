package org.shortagewatch.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.shortagewatch.portal.client.DashboardApi.UnannouncedChange;

/** The dashboard lists the unannounced shortages that took effect last; it counts them all. */
class RegulatorDashboardPageTest {

    @Test
    void theLatestTenAreListedLatestFirst() {
        List<UnannouncedChange> oldestFirst = IntStream.rangeClosed(1, 5_300).mapToObj(RegulatorDashboardPageTest::change)
                .toList();
        List<UnannouncedChange> listed = RegulatorDashboardPage.latest(oldestFirst);
        assertEquals(RegulatorDashboardPage.LISTED, listed.size());
        assertEquals(5_300, listed.get(0).statusChangeId());
        assertEquals(5_291, listed.get(listed.size() - 1).statusChangeId());
        assertEquals(List.of(3L, 2L, 1L), RegulatorDashboardPage.latest(oldestFirst.subList(0, 3)).stream()
                .map(UnannouncedChange::statusChangeId).toList(), "fewer than ten: all of them");
    }

    private static UnannouncedChange change(int n) {
        return new UnannouncedChange(n, "2456001F1310", "薬 " + n, "MFR001", "架空製薬株式会社", "NORMAL", "STOPPED",
                LocalDate.of(2026, 1, 1).plusDays(n / 100));
    }
}
