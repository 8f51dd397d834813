package org.shortagewatch.portal.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What a form's typed fields mean before they go to a service: a blank field is no value, a date or time that does not
 * read as one is no value (the service then says what it needs), and a code is written in capitals.
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

    /** A code (YJ code, ingredient code...) in capitals, without surrounding blanks; null stays null. */
    public static String code(String field) {
        return field == null ? null : field.strip().toUpperCase(Locale.ROOT);
    }

    /** A time of day as the browser sends it ({@code 22:00}), or null. */
    public static LocalTime time(String field) {
        String s = text(field);
        try {
            return s == null ? null : LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A day as the browser sends it ({@code 2026-12-01}), or null. */
    public static LocalDate date(String field) {
        String s = text(field);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
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

    /** A whole number, or null when there is none. */
    public static Integer count(String field) {
        try {
            return field == null ? null : Integer.valueOf(field);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
