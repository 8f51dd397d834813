package org.shortagewatch.common.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

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

    /** A date as a caller wrote it: the day, or (when it is not one in the range) what is wrong with it. */
    public record Reading(LocalDate date, Text problem) {
    }

    /** Reads a YYYY-MM-DD date a caller sent, in JSON or a query; refused when malformed or outside the range. */
    public Reading read(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return new Reading(null, Text.of("「" + text + "」は YYYY-MM-DD 形式の日付ではありません",
                    "'" + text + "' is not a YYYY-MM-DD date"));
        }
        return new Reading(date, contains(date) ? null : outside(date));
    }

    /** What is wrong with a date outside the range, for the caller. */
    public Text outside(LocalDate date) {
        return Text.of(date + " は範囲外です（" + EARLIEST + " から " + latest() + " までの日付にしてください）",
                date + " is out of range (a date from " + EARLIEST + " to " + latest() + ")");
    }
}
