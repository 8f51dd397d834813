package org.shortagewatch.common.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.shortagewatch.common.rest.Text;

/**
 * The dates the domain can speak of: from the first national drug price list's era ({@value #EARLIEST_TEXT}) to
 * five years after today in Japan. Every date a caller sends (in JSON, in a query, in a cell of an uploaded file)
 * must lie in it: a year 99999 or 1 is a typing error or an attack, never a shipment date, and must not reach
 * subscribers, aggregates or the database's own date range.
 */
public final class DateRange {

    static final String EARLIEST_TEXT = "1950-01-01";
    public static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_TEXT);
    public static final int YEARS_AHEAD = 5;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Clock clock;

    private static final DateRange SYSTEM = new DateRange(Clock.system(JAPAN));

    DateRange(Clock clock) {
        this.clock = clock;
    }

    /** The range as of the system clock. */
    public static DateRange current() {
        return SYSTEM;
    }

    public LocalDate latest() {
        return LocalDate.now(clock.withZone(JAPAN)).plusYears(YEARS_AHEAD);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(latest());
    }

    /** What is wrong with a date outside the range, for the caller. */
    public Text outside(LocalDate date) {
        return Text.of(date + " は範囲外です（" + EARLIEST + " から " + latest() + " までの日付にしてください）",
                date + " is out of range (a date from " + EARLIEST + " to " + latest() + ")");
    }
}
