package org.shortagewatch.common.bulk;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.validation.ControlCharacters;
import org.shortagewatch.common.validation.DateRange;
import org.shortagewatch.events.DatePrecision;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of the national list as people write them: full-width or half-width characters, a code, its
 * Japanese wording or both (①通常出荷, 1．需要増, 需要増), dates in several spellings including the Japanese era and
 * spreadsheet serial numbers. A cell that cannot be read throws {@link CellException} saying what was expected, in
 * Japanese and in English.
 */
public final class Cells {

    /** Marks an empty cell: blank, or a dash standing for "none". */
    private static final Set<String> NOTHING = Set.of("", "-", "ー", "―", "‐", "−", "—");
    private static final Set<String> TRUE = Set.of("○", "〇", "◯", "●", "◎", "該当", "あり", "1", "TRUE", "YES", "Y");
    private static final Set<String> FALSE = Set.of("×", "非該当", "なし", "0", "FALSE", "NO", "N");
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern LEADING_CODE = Pattern.compile("^([0-9]+)[.)、:]?(.*)$");
    private static final Pattern ISO_LIKE = Pattern.compile("^([0-9]{4})[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?$");
    private static final Pattern JAPANESE = Pattern.compile(
            "^(令和|平成|昭和|R|H|S)?([0-9]{1,4}|元)年([0-9]{1,2})月(?:([0-9]{1,2})日|(上旬|中旬|下旬|頃|末|中)?)$");
    private static final Pattern ERA_SHORT = Pattern.compile("^(R|H|S)([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{1,2})$");
    private static final Pattern SERIAL = Pattern.compile("^[0-9]{5}(\\.0+)?$");
    private static final LocalDate SPREADSHEET_EPOCH = LocalDate.of(1899, 12, 30);
    /** An outlook's time not yet known, as makers write it in the list's date columns. */
    private static final Set<String> UNKNOWN_TIME = Set.of("未定", "不明", "未確定");

    private Cells() {
    }

    /** A cell that cannot be read, and what was expected of it; the message is the English of {@link #detail()}. */
    public static final class CellException extends RuntimeException {

        private final transient Text detail;

        public CellException(Text detail) {
            super(detail.en(), null, false, false);
            this.detail = detail;
        }

        /** What is wrong with the cell, in both languages. */
        public Text detail() {
            return detail;
        }
    }

    /** NFKC (full-width letters and digits become ASCII, circled numbers digits), without any white space. */
    public static String normalized(String text) {
        return WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** The cell's text, or null when it is empty or a dash; a control character (NUL and the like) is refused. */
    public static String text(String cell) {
        if (cell == null) {
            return null;
        }
        int control = ControlCharacters.indexIn(cell);
        if (control >= 0) {
            throw new CellException(ControlCharacters.describe(cell, control));
        }
        String stripped = cell.strip();
        return NOTHING.contains(normalized(stripped)) ? null : stripped;
    }

    public static boolean flag(String cell) {
        String n = code(cell);
        if (n == null) {
            return false;
        }
        if (TRUE.contains(n)) {
            return true;
        }
        if (FALSE.contains(n)) {
            return false;
        }
        throw new CellException(Text.of("「" + cell + "」は該当の印として読めません。該当なら ○（または「該当」）、該当しなければ空欄にしてください",
                "'" + cell + "' is not a flag: ○ (or 該当) for yes, empty for no"));
    }

    /**
     * A code as typed: NFKC (full-width digits and letters become ASCII), without white space, in upper case; null
     * when the cell is empty.
     */
    public static String code(String cell) {
        String text = text(cell);
        return text == null ? null : normalized(text).toUpperCase(Locale.ROOT);
    }

    /**
     * A code of {@code width} digits (a facility code, a prefecture code) that a spreadsheet may have kept as a number
     * and so without its leading zero: all digits and one short, it gets the zero back ({@code 110113719} is
     * {@code 0110113719}, {@code 1} is {@code 01}). Otherwise as {@link #code}, for the caller's own check to judge.
     */
    public static String zeroPadded(String cell, int width) {
        String code = code(cell);
        return code != null && code.length() == width - 1 && code.chars().allMatch(c -> c >= '0' && c <= '9')
                ? "0" + code : code;
    }

    /**
     * A coded value: its enum name, its code, its wording, or code and wording together (the wording may go on, as
     * another edition's 「3.製造トラブル（製造委託先を含む）」 does); null when empty.
     *
     * @param code a value's number in the list, or null when the values have none
     */
    public static <E extends Enum<E>> E coded(String cell, Class<E> type, ToIntFunction<E> code,
            Function<E, String> wording) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String n = normalized(text);
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(n) || normalized(wording.apply(value)).equals(n)) {
                return value;
            }
        }
        Matcher m = LEADING_CODE.matcher(n);
        if (code != null && m.matches()) {
            int number = Integer.parseInt(m.group(1));
            String rest = m.group(2).replaceFirst("^[.)、:]", "");
            for (E value : type.getEnumConstants()) {
                if (code.applyAsInt(value) == number
                        && (rest.isEmpty() || rest.startsWith(normalized(wording.apply(value))))) {
                    return value;
                }
            }
        }
        List<String> values = Arrays.stream(type.getEnumConstants())
                .map(v -> (code == null ? "" : code.applyAsInt(v) + " ") + wording.apply(v)).toList();
        throw new CellException(Text.of("「" + cell + "」は " + String.join("、", values) + " のいずれでもありません",
                "'" + cell + "' is not one of " + String.join(", ", values)));
    }

    /** A whole date; null when empty. */
    public static LocalDate date(String cell) {
        StatedDate stated = stated(cell, false);
        return stated == null ? null : stated.date();
    }

    /** An outlook's date as a cell states it: the last day of the stated period, and how precisely it was stated. */
    public record StatedDate(LocalDate date, DatePrecision precision) {

        /** No date: an empty cell, or a time not yet known. */
        public static final StatedDate NONE = new StatedDate(null, null);
    }

    /**
     * A date that may be stated to the month only, as outlooks often are (2024年3月, 2024年3月下旬): such a date is
     * the last day of the period it names (上旬 the 10th, 中旬 the 20th, otherwise the month's end), with that
     * precision. An empty cell, or a time not yet known (未定, 不明), is {@link StatedDate#NONE}.
     */
    public static StatedDate outlookDate(String cell) {
        String text = text(cell);
        return text == null || UNKNOWN_TIME.contains(normalized(text)) ? StatedDate.NONE : stated(cell, true);
    }

    private static StatedDate stated(String cell, boolean monthAllowed) {
        StatedDate stated = parseDate(cell, monthAllowed);
        DateRange range = DateRange.current();
        if (stated != null && !range.contains(stated.date())) {
            throw new CellException(range.outside(stated.date()));
        }
        return stated;
    }

    private static StatedDate parseDate(String cell, boolean monthAllowed) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String n = normalized(text);
        try {
            if (SERIAL.matcher(n).matches()) {
                return new StatedDate(SPREADSHEET_EPOCH.plusDays(Long.parseLong(n.replaceFirst("\\..*", ""))),
                        DatePrecision.DAY);
            }
            Matcher m = ISO_LIKE.matcher(n.replaceFirst("T.*$", "").replaceFirst(" .*$", ""));
            if (m.matches()) {
                return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), null,
                        monthAllowed, cell);
            }
            m = JAPANESE.matcher(n);
            if (m.matches()) {
                int year = ("元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2))) + eraOffset(m.group(1));
                return day(year, Integer.parseInt(m.group(3)), m.group(4), m.group(5), monthAllowed, cell);
            }
            m = ERA_SHORT.matcher(n);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(2)) + eraOffset(m.group(1));
                return new StatedDate(LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))),
                        DatePrecision.DAY);
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw new CellException(Text.of("「" + cell + "」は日付として読めません。2023-11-01、2023/11/01、令和5年11月1日"
                + (monthAllowed ? "、または 2024年3月 のような月" : "") + "の形で書いてください",
                "'" + cell + "' is not a date: expected e.g. 2023-11-01, 2023/11/01 or 令和5年11月1日"
                        + (monthAllowed ? ", or a month such as 2024年3月" : "")));
    }

    /** What an era's year adds up to in the western calendar's (令和1 is 2019); 0 for no era. */
    private static int eraOffset(String era) {
        return switch (era == null ? "" : era) {
            case "令和", "R" -> 2018;
            case "平成", "H" -> 1988;
            case "昭和", "S" -> 1925;
            default -> 0;
        };
    }

    private static StatedDate day(int year, int month, String day, String part, boolean monthAllowed, String cell) {
        if (day != null) {
            return new StatedDate(LocalDate.of(year, month, Integer.parseInt(day)), DatePrecision.DAY);
        }
        if (!monthAllowed) {
            throw new CellException(Text.of("「" + cell + "」は月までで、日がありません。2023-11-01 のように日まで書いてください",
                    "'" + cell + "' names a month, not a day: expected e.g. 2023-11-01"));
        }
        DatePrecision precision = switch (part == null ? "" : part) {
            case "上旬" -> DatePrecision.EARLY_MONTH;
            case "中旬" -> DatePrecision.MID_MONTH;
            case "下旬" -> DatePrecision.LATE_MONTH;
            default -> DatePrecision.MONTH;
        };
        return new StatedDate(precision.periodEnd(LocalDate.of(year, month, 1)), precision);
    }
}
