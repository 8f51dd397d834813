package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;

class AdvanceNoticeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final long LOOKBACK = 180;

    @Test
    void anOnsetIsAChangeToAShortageFromNormalShipmentOrAFirstReport() {
        assertTrue(AdvanceNotice.isOnset(null, ShipmentResponse.STOPPED));
        assertTrue(AdvanceNotice.isOnset(ShipmentResponse.NORMAL, ShipmentResponse.LIMITED_OWN_REASONS));
        assertFalse(AdvanceNotice.isOnset(ShipmentResponse.LIMITED_OWN_REASONS, ShipmentResponse.STOPPED));
        assertFalse(AdvanceNotice.isOnset(ShipmentResponse.STOPPED, ShipmentResponse.NORMAL));
        assertFalse(AdvanceNotice.isOnset(null, ShipmentResponse.NORMAL));
    }

    @Test
    void aReportAnnouncesAChangeWhenSubmittedWithinTheLookbackDaysBeforeIt() {
        assertEquals(DAY.minusDays(180), AdvanceNotice.announcedOn(List.of(DAY.minusDays(180)), DAY, LOOKBACK));
        assertEquals(DAY, AdvanceNotice.announcedOn(List.of(DAY), DAY, LOOKBACK), "the same day counts");
        assertNull(AdvanceNotice.announcedOn(List.of(DAY.minusDays(181)), DAY, LOOKBACK), "too early");
        assertNull(AdvanceNotice.announcedOn(List.of(DAY.plusDays(1)), DAY, LOOKBACK), "after the change");
        assertEquals(DAY.minusDays(40), AdvanceNotice.announcedOn(
                List.of(DAY.minusDays(10), DAY.minusDays(40), DAY.minusDays(400)), DAY, LOOKBACK), "the earliest");
        assertNull(AdvanceNotice.announcedOn(List.of(), DAY, LOOKBACK));
    }

    @Test
    void theUnannouncedAreOnsetsWithoutAReportInTheLookback() {
        AdvanceNotice.Change announced = change(1, "A", null, ShipmentResponse.STOPPED, List.of(DAY.minusDays(30)));
        AdvanceNotice.Change silent = change(2, "A", ShipmentResponse.NORMAL, ShipmentResponse.LIMITED_OTHER,
                List.of(DAY.minusDays(200)));
        AdvanceNotice.Change worsening = change(3, "A", ShipmentResponse.LIMITED_OTHER, ShipmentResponse.STOPPED,
                List.of());
        assertEquals(List.of(silent), AdvanceNotice.unannounced(List.of(announced, silent, worsening), LOOKBACK));
    }

    @Test
    void perMakerTheShareAnnouncedAndTheMedianLeadTime() {
        Map<String, AdvanceNotice.Summary> byMaker = AdvanceNotice.byMaker(List.of(
                change(1, "A", null, ShipmentResponse.STOPPED, List.of(DAY.minusDays(30))),
                change(2, "A", ShipmentResponse.NORMAL, ShipmentResponse.LIMITED_OWN_REASONS,
                        List.of(DAY.minusDays(10), DAY.minusDays(5))),
                change(3, "A", ShipmentResponse.NORMAL, ShipmentResponse.STOPPED, List.of()),
                change(4, "A", ShipmentResponse.LIMITED_OWN_REASONS, ShipmentResponse.STOPPED, List.of(DAY)),
                change(5, "B", null, ShipmentResponse.LIMITED_OTHER, List.of())), LOOKBACK);
        assertEquals(new AdvanceNotice.Summary(3, 2, 2.0 / 3, 20.0), byMaker.get("A"));
        assertEquals(new AdvanceNotice.Summary(1, 0, 0.0, null), byMaker.get("B"));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertNull(AdvanceNotice.median(List.of()));
        assertEquals(7.0, AdvanceNotice.median(List.of(7L)));
        assertEquals(5.0, AdvanceNotice.median(List.of(9L, 1L, 5L)));
        assertEquals(4.5, AdvanceNotice.median(List.of(10L, 1L, 3L, 6L)));
    }

    private static AdvanceNotice.Change change(long id, String maker, ShipmentResponse previous,
            ShipmentResponse response, List<LocalDate> reportDays) {
        return new AdvanceNotice.Change(id, "2456001F1310", "テスト錠", maker, null, 1, previous, response, DAY, reportDays);
    }
}
