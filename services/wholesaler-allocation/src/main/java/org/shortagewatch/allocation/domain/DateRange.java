package org.shortagewatch.allocation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days from {@code start} to {@code end}, both included. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends " + end + " before it starts " + start);
        }
    }

    /** The {@code days} days that end the day before {@code day}. */
    public static DateRange daysBefore(LocalDate day, int days) {
        return new DateRange(day.minusDays(days), day.minusDays(1));
    }

    /** The {@code days} days that end on {@code day}, {@code day} included. */
    public static DateRange endingOn(LocalDate day, int days) {
        return new DateRange(day.minusDays(days - 1L), day);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
