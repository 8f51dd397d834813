package org.shortagewatch.portal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as Japanese users read them: {@code 2026年12月1日}, in the era where the domain uses it
 * ({@code 令和8年12月1日}, notices), times in Japan time; English pages get {@code 1 Dec 2026}. An outlook date that a
 * manufacturer stated only to a part of a month is written as that part ({@code 2027年3月下旬}, late March 2027).
 */
public final class Dates {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_WEEK = DateTimeFormatter.ofPattern("'Week of' d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** 2026年12月1日, or 1 Dec 2026; empty for null. */
    public static String date(LocalDate d, Locale locale) {
        if (d == null) {
            return "";
        }
        return Languages.isEnglish(locale) ? ENGLISH_DATE.format(d)
                : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * An outlook date (⑯, ⑱) as the manufacturer stated it, {@code d} being the last day of the period stated:
     * {@code precision} EARLY_MONTH 2027年3月上旬 (early March 2027), MID_MONTH 2027年3月中旬 (mid March 2027),
     * LATE_MONTH 2027年3月下旬 (late March 2027), MONTH 2027年3月 (March 2027); DAY, none (as every date stated
     * exactly is answered) or one the portal does not know, the day itself as {@link #date}. Empty for null.
     */
    public static String period(LocalDate d, String precision, Locale locale) {
        if (d == null) {
            return "";
        }
        String part = precision == null ? "DAY" : precision;
        boolean english = Languages.isEnglish(locale);
        String month = english ? ENGLISH_MONTH.format(d) : d.getYear() + "年" + d.getMonthValue() + "月";
        return switch (part) {
            case "EARLY_MONTH" -> english ? "early " + month : month + "上旬";
            case "MID_MONTH" -> english ? "mid " + month : month + "中旬";
            case "LATE_MONTH" -> english ? "late " + month : month + "下旬";
            case "MONTH" -> month;
            default -> date(d, locale);
        };
    }

    /** A week (Monday to Sunday) by its first day, {@code monday}: 2月9日の週, or Week of 9 Feb; empty for null. */
    public static String week(LocalDate monday, Locale locale) {
        if (monday == null) {
            return "";
        }
        return Languages.isEnglish(locale) ? ENGLISH_WEEK.format(monday)
                : monday.getMonthValue() + "月" + monday.getDayOfMonth() + "日の週";
    }

    /** 令和8年12月1日 (the first year of an era is 元年), or 1 Dec 2026; empty for null. */
    public static String era(LocalDate d, Locale locale) {
        if (d == null) {
            return "";
        }
        if (Languages.isEnglish(locale)) {
            return ENGLISH_DATE.format(d);
        }
        JapaneseDate jd = JapaneseDate.from(d);
        JapaneseEra era = jd.getEra();
        int year = jd.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE) + (year == 1 ? "元" : Integer.toString(year)) + "年"
                + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 2026年12月1日 15:04 (Japan time), or 1 Dec 2026 15:04; empty for null. */
    public static String time(Instant t, Locale locale) {
        if (t == null) {
            return "";
        }
        ZonedDateTime z = t.atZone(JAPAN);
        return Languages.isEnglish(locale) ? ENGLISH_TIME.format(z)
                : date(z.toLocalDate(), locale) + " " + String.format("%02d:%02d", z.getHour(), z.getMinute());
    }

    /** The day asked for ({@code 2026-12-01}), or today in Japan when none or no valid day is asked for. */
    public static LocalDate dayOrToday(String asked) {
        try {
            LocalDate day = FormInput.date(asked);
            return day == null ? today() : day;
        } catch (FormInput.Unreadable notADay) {
            return today();
        }
    }

    /** The day in Japan of an instant; null for null. */
    public static LocalDate dayInJapan(Instant t) {
        return t == null ? null : t.atZone(JAPAN).toLocalDate();
    }

    /** Today in Japan, the day the services' as-of queries default to. */
    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }
}
