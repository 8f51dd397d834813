package org.shortagewatch.portal.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a form's typed fields mean before they go to a service: a blank field is no value; a date, time or number is
 * read after NFKC ({@code ２２：００} is {@code 22:00}), and one that still does not read is {@link Unreadable}, for the
 * page to refuse beside its field (never sent as no value, which the service would take as "none" or its default);
 * a code is NFKC-normalised and written in capitals. What a link carries (a page number, a count) is read leniently.
 */
public final class FormInput {

    private FormInput() {
    }

    /**
     * What was typed as a reader of codes and numbers takes it: full-width letters, digits and signs as their ASCII
     * (NFKC: {@code ２２：００} is {@code 22:00}, {@code ｱﾑﾛ} is {@code アムロ}), without surrounding blanks (an
     * ideographic space included); null stays null.
     */
    public static String normalised(String field) {
        return field == null ? null : Normalizer.normalize(field, Normalizer.Form.NFKC).strip();
    }

    /** The field without surrounding blanks, or null when it is empty or blank. */
    public static String text(String field) {
        return field == null || field.isBlank() ? null : field.strip();
    }

    /**
     * A code (YJ code, ingredient code, an organisation's code...) as the services write it: typed full-width or
     * half-width alike ({@code ２１７１０２２ｆ１０１０} is {@code 2171022F1010}), in capitals, without surrounding
     * blanks; null stays null. Every code a form or a link carries is read here before it is checked or sent.
     */
    public static String code(String field) {
        return field == null ? null : normalised(field).toUpperCase(Locale.ROOT);
    }

    /**
     * What was typed into a search box, as the services are asked it: NFKC ({@code ｱﾑﾛｼﾞﾋﾟﾝ} finds アムロジピン,
     * {@code ＡＢＣ} is ABC), without surrounding blanks; empty when none.
     */
    public static String search(String field) {
        return field == null ? "" : normalised(field);
    }

    /**
     * A value typed into a form that does not read as what its field asks for ({@code 2026-02-30} for a day,
     * {@code 25:00} for a time): refused beside its field, naming what was typed, rather than sent as no value.
     */
    public static final class Unreadable extends IllegalArgumentException {

        private final String typed;

        Unreadable(String typed) {
            super("unreadable: " + typed);
            this.typed = typed;
        }

        /** What was typed, as it was typed. */
        public String typed() {
            return typed;
        }
    }

    /**
     * A time of day as the browser sends it ({@code 22:00}, or typed full-width: {@code ２２：００}); null when blank.
     *
     * @throws Unreadable when it is no time of day ({@code 25:00})
     */
    public static LocalTime time(String field) {
        return typed(field, LocalTime::parse);
    }

    /**
     * A day as the browser sends it ({@code 2026-12-01}, or typed full-width); null when blank.
     *
     * @throws Unreadable when it is no day ({@code 2026-02-30})
     */
    public static LocalDate date(String field) {
        return typed(field, LocalDate::parse);
    }

    /** A record's id as a link carries it: a whole number from 1, or null when there is none. */
    public static Long id(String field) {
        try {
            Long id = field == null ? null : Long.valueOf(field.strip());
            return id == null || id < 1 ? null : id;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A count a link carries ({@code ?redriven=3}): a whole number from 0, or null when it carries none that reads. */
    public static Integer linkCount(String field) {
        try {
            Integer n = field == null ? null : Integer.valueOf(normalised(field));
            return n == null || n < 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A whole number typed into a form (full-width digits too); null when blank.
     *
     * @throws Unreadable when it is no whole number, or one too large to be any ({@code abc}, {@code 9999999999})
     */
    public static Integer count(String field) {
        return typed(field, Integer::valueOf);
    }

    /** A typed value read after NFKC by {@code reader}; null when blank, {@link Unreadable} when it does not read. */
    private static <T> T typed(String field, Function<String, T> reader) {
        String s = text(normalised(field));
        try {
            return s == null ? null : reader.apply(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new Unreadable(field.strip());
        }
    }
}
