package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shortagewatch.events.ShipmentResponse;

class FreshnessTest {

    private static final Freshness THIRTY_DAYS = new Freshness(Duration.ofDays(30));
    private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

    @ParameterizedTest
    @EnumSource(value = ShipmentResponse.class, names = "NORMAL", mode = EnumSource.Mode.EXCLUDE)
    void aShortageNotConfirmedForLongerThanTheTimeIsStale(ShipmentResponse response) {
        assertTrue(THIRTY_DAYS.isStale(response, NOW.minus(Duration.ofDays(30)).minusNanos(1000), NOW));
        assertFalse(THIRTY_DAYS.isStale(response, NOW.minus(Duration.ofDays(30)), NOW), "exactly 30 days is fresh");
        assertFalse(THIRTY_DAYS.isStale(response, NOW.minus(Duration.ofDays(1)), NOW));
    }

    @Test
    void aShortageLastConfirmedBeforeTheStaleMomentIsStale() {
        Instant before = THIRTY_DAYS.staleBefore(NOW);
        assertEquals(NOW.minus(Duration.ofDays(30)), before);
        assertTrue(THIRTY_DAYS.isStale(ShipmentResponse.STOPPED, before.minusMillis(1), NOW));
        assertFalse(THIRTY_DAYS.isStale(ShipmentResponse.STOPPED, before, NOW));
    }

    @Test
    void normalShipmentOrNoStatusIsNeverStale() {
        assertFalse(THIRTY_DAYS.isStale(ShipmentResponse.NORMAL, NOW.minus(Duration.ofDays(400)), NOW));
        assertFalse(THIRTY_DAYS.isStale(null, null, NOW));
        assertFalse(THIRTY_DAYS.isStale(ShipmentResponse.STOPPED, null, NOW));
    }

    @Test
    void theStaleTimeMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Freshness(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Freshness(Duration.ofDays(-1)));
        assertThrows(IllegalArgumentException.class, () -> new Freshness(null));
    }

    @Test
    void aPastDayIsJudgedAtItsEndInJapanTodayNow() {
        assertEquals(Instant.parse("2026-11-30T15:00:00Z"), Freshness.judgedAt(LocalDate.of(2026, 11, 30), NOW));
        assertEquals(NOW, Freshness.judgedAt(LocalDate.of(2026, 12, 5), NOW));
        assertEquals(NOW, Freshness.judgedAt(LocalDate.of(2027, 1, 1), NOW));
    }

    @Test
    void theLastConfirmationIsTheLatestOfReportAndConfirmation() {
        Instant reported = Instant.parse("2026-10-01T00:00:00Z");
        Instant confirmed = Instant.parse("2026-11-01T00:00:00Z");
        assertEquals(confirmed, Freshness.latest(reported, confirmed));
        assertEquals(confirmed, Freshness.latest(confirmed, reported));
        assertEquals(reported, Freshness.latest(reported, null));
        assertEquals(confirmed, Freshness.latest(null, confirmed));
        assertNull(Freshness.latest(null, null));
    }

    @Test
    void theFirstProductTheCallerMayNotConfirmIsNamed() {
        Map<String, String> holders = Map.of("1111111F1115", "MFR001", "2222222F2227", "MFR002");
        assertNull(Freshness.firstNotConfirmable(List.of("1111111F1115"), holders, "MFR001"::equals));
        assertEquals("2222222F2227", Freshness.firstNotConfirmable(
                List.of("1111111F1115", "2222222F2227", "3333333F3339"), holders, "MFR001"::equals));
        assertEquals("3333333F3339", Freshness.firstNotConfirmable(
                List.of("3333333F3339", "2222222F2227"), holders, holder -> true), "unknown before foreign");
    }

    @Test
    void staleProductsAreGroupedByMakerInCodeOrder() {
        Instant t = Instant.parse("2026-10-01T00:00:00Z");
        Map<String, List<Freshness.Stale>> byMaker = Freshness.byMaker(List.of(
                new Freshness.Stale("3333333F3339", "MFR002", "製薬二", "C", ShipmentResponse.STOPPED, t),
                new Freshness.Stale("2222222F2227", "MFR001", "製薬一", "B", ShipmentResponse.LIMITED_OTHER, t),
                new Freshness.Stale("1111111F1115", "MFR002", "製薬二", "A", ShipmentResponse.LIMITED_OWN_REASONS, t)));
        assertEquals(List.of("MFR001", "MFR002"), List.copyOf(byMaker.keySet()));
        assertEquals(List.of("1111111F1115", "3333333F3339"),
                byMaker.get("MFR002").stream().map(Freshness.Stale::yjCode).toList());
    }
}
