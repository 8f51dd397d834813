package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    /** 22:00-07:00 Japan time; Japan is UTC+9, so 22:00 JST is 13:00 UTC. */
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void aMessageDueAtNightWaitsUntilMorningJapanTime() {
        Instant lateEvening = Instant.parse("2026-12-01T14:30:00Z"); // 23:30 JST
        assertEquals(Optional.of(Instant.parse("2026-12-01T22:00:00Z")), NIGHT.deferUntil(lateEvening, Severity.HIGH));
        Instant earlyMorning = Instant.parse("2026-12-01T20:00:00Z"); // 05:00 JST on the 2nd
        assertEquals(Optional.of(Instant.parse("2026-12-01T22:00:00Z")), NIGHT.deferUntil(earlyMorning, Severity.LOW));
    }

    @Test
    void daytimeMessagesGoAtOnce() {
        assertEquals(Optional.empty(), NIGHT.deferUntil(Instant.parse("2026-12-01T03:00:00Z"), Severity.INFO)); // 12:00
        assertEquals(Optional.empty(), NIGHT.deferUntil(Instant.parse("2026-12-01T22:00:00Z"), Severity.INFO)); // 07:00
    }

    @Test
    void criticalAlertsAreNeverHeldBack() {
        assertEquals(Optional.empty(), NIGHT.deferUntil(Instant.parse("2026-12-01T14:30:00Z"), Severity.CRITICAL));
    }

    @Test
    void aWindowWithinOneDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertEquals(Optional.of(Instant.parse("2026-12-01T04:00:00Z")),
                lunch.deferUntil(Instant.parse("2026-12-01T03:15:00Z"), Severity.MEDIUM)); // 12:15 JST
        assertEquals(Optional.empty(), lunch.deferUntil(Instant.parse("2026-12-01T04:00:00Z"), Severity.MEDIUM));
    }

    @Test
    void noneOrEmptyWindowsDeferNothing() {
        assertFalse(QuietHours.NONE.isSet());
        assertEquals(Optional.empty(), QuietHours.NONE.deferUntil(Instant.now(), Severity.INFO));
        assertEquals(Optional.empty(), new QuietHours(LocalTime.NOON, LocalTime.NOON).deferUntil(Instant.now(), Severity.INFO));
    }
}
