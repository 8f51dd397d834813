package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void japaneseDatesAndTheEraAsTheDomainWritesThem() {
        assertEquals("2026年12月1日", Dates.date(LocalDate.of(2026, 12, 1), Languages.JAPANESE));
        assertEquals("令和8年12月1日", Dates.era(LocalDate.of(2026, 12, 1), Languages.JAPANESE));
        assertEquals("令和5年9月29日", Dates.era(LocalDate.of(2023, 9, 29), Languages.JAPANESE));
        assertEquals("令和元年5月1日", Dates.era(LocalDate.of(2019, 5, 1), Languages.JAPANESE));
        assertEquals("平成31年4月30日", Dates.era(LocalDate.of(2019, 4, 30), Languages.JAPANESE));
        assertEquals("", Dates.date(null, Languages.JAPANESE));
    }

    @Test
    void englishPagesGetDayMonthYear() {
        assertEquals("1 Dec 2026", Dates.date(LocalDate.of(2026, 12, 1), Languages.ENGLISH));
        assertEquals("1 Dec 2026", Dates.era(LocalDate.of(2026, 12, 1), Languages.ENGLISH));
    }

    @Test
    void aWeekIsNamedByItsMondayNotItsSundayStillToCome() {
        LocalDate monday = LocalDate.of(2026, 2, 9);
        assertEquals("2月9日の週", Dates.week(monday, Languages.JAPANESE));
        assertEquals("Week of 9 Feb", Dates.week(monday, Languages.ENGLISH));
        assertEquals("", Dates.week(null, Languages.JAPANESE));
    }

    @Test
    void timesAreJapanTime() {
        Instant utcEvening = Instant.parse("2026-11-30T15:04:00Z"); // 00:04 on 1 December in Japan
        assertEquals("2026年12月1日 00:04", Dates.time(utcEvening, Languages.JAPANESE));
        assertEquals("1 Dec 2026 00:04", Dates.time(utcEvening, Languages.ENGLISH));
        assertEquals(LocalDate.of(2026, 12, 1), Dates.dayInJapan(utcEvening));
    }

    @Test
    void theDayAskedForOrTodayInJapan() {
        assertEquals(LocalDate.of(2026, 12, 1), Dates.dayOrToday(" 2026-12-01 "));
        assertEquals(Dates.today(), Dates.dayOrToday(null));
        assertEquals(Dates.today(), Dates.dayOrToday("yesterday"));
    }
}
