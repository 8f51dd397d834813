package org.shortagewatch.events;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How precisely an outlook's date (解消見込み時期, 出荷量改善の見込み時期) was stated: to the day, or to a part of a
 * month, as makers often state them (2027年3月下旬). The date itself is always the last day of the stated period, the
 * day by which the outlook is due; absent means to the day.
 */
public enum DatePrecision {
    DAY,
    EARLY_MONTH,
    MID_MONTH,
    LATE_MONTH,
    MONTH;

    /** The precision {@code p} stands for: absent is to the day. */
    public static DatePrecision of(DatePrecision p) {
        return p == null ? DAY : p;
    }

    /** The last day of the period this precision names around {@code day}: 上旬 the 10th, 中旬 the 20th, else the end. */
    public LocalDate periodEnd(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case EARLY_MONTH -> day.withDayOfMonth(10);
            case MID_MONTH -> day.withDayOfMonth(20);
            case LATE_MONTH, MONTH -> day.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /** The stated period in Japanese, as the national list writes it: 2027年3月31日, 2027年3月, 2027年3月下旬. */
    public String japanese(LocalDate end) {
        String month = end.getYear() + "年" + end.getMonthValue() + "月";
        return switch (this) {
            case DAY -> month + end.getDayOfMonth() + "日";
            case EARLY_MONTH -> month + "上旬";
            case MID_MONTH -> month + "中旬";
            case LATE_MONTH -> month + "下旬";
            case MONTH -> month;
        };
    }

    /** The stated period in English: 2027-03-31, March 2027, late March 2027. */
    public String english(LocalDate end) {
        String month = end.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + end.getYear();
        return switch (this) {
            case DAY -> end.toString();
            case EARLY_MONTH -> "early " + month;
            case MID_MONTH -> "mid " + month;
            case LATE_MONTH -> "late " + month;
            case MONTH -> month;
        };
    }
}
