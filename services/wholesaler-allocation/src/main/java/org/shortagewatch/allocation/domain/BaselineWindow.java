package org.shortagewatch.allocation.domain;

import java.time.LocalDate;

/**
 * Which past purchases make a customer's baseline for a period. By default the same calendar quarter last year (the
 * practice of wholesalers' 出荷調整); or the {@code days} days before the period.
 */
public record BaselineWindow(Kind kind, int days) {

    public enum Kind {
        /** The calendar quarter the period starts in, one year earlier. */
        SAME_QUARTER_LAST_YEAR,
        /** The {@code days} days before the period starts. */
        TRAILING_DAYS
    }

    public static final BaselineWindow SAME_QUARTER_LAST_YEAR = new BaselineWindow(Kind.SAME_QUARTER_LAST_YEAR, 0);

    public BaselineWindow {
        if (kind == Kind.TRAILING_DAYS && days < 1) {
            throw new IllegalArgumentException("a trailing baseline window needs at least one day");
        }
    }

    public static BaselineWindow trailingDays(int days) {
        return new BaselineWindow(Kind.TRAILING_DAYS, days);
    }

    /** The baseline window of a period starting {@code periodStart}. */
    public DateRange of(LocalDate periodStart) {
        if (kind == Kind.TRAILING_DAYS) {
            return DateRange.daysBefore(periodStart, days);
        }
        LocalDate lastYear = periodStart.minusYears(1);
        int firstMonth = (lastYear.getMonthValue() - 1) / 3 * 3 + 1;
        LocalDate start = LocalDate.of(lastYear.getYear(), firstMonth, 1);
        return new DateRange(start, start.plusMonths(3).minusDays(1));
    }
}
