package org.shortagewatch.notification.domain;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/** Dates as official Japanese documents write them: in the era (令和８年１２月１日), the first year as 元年. */
public final class JapaneseDates {

    private JapaneseDates() {
    }

    /** 令和8年12月1日 (half-width digits), 令和元年5月1日 for the first year of an era. */
    public static String era(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        JapaneseEra era = jd.getEra();
        int year = jd.get(ChronoField.YEAR_OF_ERA);
        return eraName(era) + (year == 1 ? "元" : Integer.toString(year)) + "年" + date.getMonthValue() + "月"
                + date.getDayOfMonth() + "日";
    }

    /** 2026年12月1日. */
    public static String western(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String eraName(JapaneseEra era) {
        return switch (era.getValue()) {
            case -1 -> "明治";
            case 0 -> "大正";
            case 1 -> "昭和";
            case 2 -> "平成";
            case 3 -> "令和";
            default -> era.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
        };
    }
}
