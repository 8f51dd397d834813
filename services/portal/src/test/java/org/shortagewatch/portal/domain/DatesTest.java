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
    void anOutlookStatedToAPartOfAMonthIsWrittenAsThatPart() {
        assertEquals("2027年3月上旬", Dates.period(LocalDate.of(2027, 3, 10), "EARLY_MONTH", Languages.JAPANESE));
        assertEquals("2027年3月中旬", Dates.period(LocalDate.of(2027, 3, 20), "MID_MONTH", Languages.JAPANESE));
        assertEquals("2027年3月下旬", Dates.period(LocalDate.of(2027, 3, 31), "LATE_MONTH", Languages.JAPANESE));
        assertEquals("2027年3月", Dates.period(LocalDate.of(2027, 3, 31), "MONTH", Languages.JAPANESE));
        assertEquals("early March 2027", Dates.period(LocalDate.of(2027, 3, 10), "EARLY_MONTH", Languages.ENGLISH));
        assertEquals("mid March 2027", Dates.period(LocalDate.of(2027, 3, 20), "MID_MONTH", Languages.ENGLISH));
        assertEquals("late March 2027", Dates.period(LocalDate.of(2027, 3, 31), "LATE_MONTH", Languages.ENGLISH));
        assertEquals("March 2027", Dates.period(LocalDate.of(2027, 3, 31), "MONTH", Languages.ENGLISH));
        assertEquals("2028年2月下旬", Dates.period(LocalDate.of(2028, 2, 29), "LATE_MONTH", Languages.JAPANESE),
                "the month of its last day, a leap February's too");
    }

    @Test
    void anOutlookStatedToTheDayOrWithoutPrecisionIsThatDay() {
        LocalDate day = LocalDate.of(2027, 3, 31);
        assertEquals("2027年3月31日", Dates.period(day, "DAY", Languages.JAPANESE));
        assertEquals("2027年3月31日", Dates.period(day, null, Languages.JAPANESE), "absent: as every date before");
        assertEquals("31 Mar 2027", Dates.period(day, null, Languages.ENGLISH));
        assertEquals("31 Mar 2027", Dates.period(day, "DAY", Languages.ENGLISH));
        assertEquals("2027年3月31日", Dates.period(day, "FORTNIGHT", Languages.JAPANESE), "a precision not known here");
        assertEquals("", Dates.period(null, "LATE_MONTH", Languages.JAPANESE));
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
