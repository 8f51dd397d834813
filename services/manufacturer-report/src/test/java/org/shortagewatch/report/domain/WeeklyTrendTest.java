package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.WeeklyTrend.Week;

class WeeklyTrendTest {

    @Test
    void theWeeksAreIsoWeeksFromTheWeekOfTheFirstDayToTheWeekOfTheLast() {
        // 2023-11-01 is a Wednesday of ISO week 44; 2023-11-13 the Monday of week 46
        assertEquals(List.of(new Week("2023-W44", LocalDate.of(2023, 10, 30), LocalDate.of(2023, 11, 5)),
                new Week("2023-W45", LocalDate.of(2023, 11, 6), LocalDate.of(2023, 11, 12)),
                new Week("2023-W46", LocalDate.of(2023, 11, 13), LocalDate.of(2023, 11, 19))),
                WeeklyTrend.weeks(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 13)));
        // one day is one week, and the ISO week-based year differs from the calendar's at its edges
        assertEquals(List.of(new Week("2026-W01", LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4))),
                WeeklyTrend.weeks(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aReversedRangeOrOneOverFiveYearsOfWeeksIsRefusedNamingTo() {
        assertEquals("to", WeeklyTrend.check(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)).field());
        LocalDate monday = LocalDate.of(2024, 1, 1);
        assertNull(WeeklyTrend.check(monday, monday.plusWeeks(WeeklyTrend.MAX_WEEKS - 1).plusDays(6)));
        WeeklyTrend.Refusal tooLong = WeeklyTrend.check(monday, monday.plusWeeks(WeeklyTrend.MAX_WEEKS));
        assertEquals("to", tooLong.field());
        assertEquals("261 週にわたっています。一度に求められるのは 260 週までです", tooLong.message().ja());
        assertEquals("spans 261 weeks: at most 260 at once", tooLong.message().en());
    }

    @Test
    void eachWeekTakesTheCountsAsOfItsSundayAndAWeekWithoutAnyIsAllZero() {
        List<Week> weeks = WeeklyTrend.weeks(LocalDate.of(2023, 11, 6), LocalDate.of(2023, 11, 13));
        List<WeeklyTrend.Line> lines = WeeklyTrend.lines(weeks, List.of(
                new WeeklyTrend.Count(LocalDate.of(2023, 11, 19), ShipmentResponse.NORMAL, 5),
                new WeeklyTrend.Count(LocalDate.of(2023, 11, 19), ShipmentResponse.STOPPED, 2)));
        assertEquals(0, lines.get(0).responded());
        assertEquals(0L, lines.get(0).byResponse().get(ShipmentResponse.NORMAL));
        assertEquals(7, lines.get(1).responded());
        assertEquals(2L, lines.get(1).byResponse().get(ShipmentResponse.STOPPED));
        assertEquals(0L, lines.get(1).byResponse().get(ShipmentResponse.LIMITED_OTHER));
    }
}
