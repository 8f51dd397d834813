package org.shortagewatch.report.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.validation.DateRange;
import org.shortagewatch.report.domain.ReportingDay;

/**
 * Reads query parameters, refusing a malformed one with a 400 that names it (JAX-RS would answer 404 for a query
 * parameter it cannot convert).
 */
final class QueryParams {

    /** What an {@code asOf} parameter, read by {@link #asOf}, is. */
    static final String AS_OF = "The day (YYYY-MM-DD); today in Japan when absent";

    private QueryParams() {
    }

    static LocalDate today() {
        return ReportingDay.today();
    }

    /** An ISO date ({@code 2023-11-01}); today in Japan when absent. */
    static LocalDate asOf(String value) {
        return day("asOf", value, today());
    }

    /** An ISO date in the parameter {@code name}; {@code whenAbsent} when absent. */
    static LocalDate day(String name, String value, LocalDate whenAbsent) {
        if (value == null || value.isBlank()) {
            return whenAbsent;
        }
        DateRange.Reading day = DateRange.current().read(value.strip());
        if (day.problem() != null) {
            throw ProblemException.invalidField(name, day.problem());
        }
        return day.date();
    }

    static <E extends Enum<E>> E enumOf(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalidField(name, Text.of("「" + value + "」ではなく " + names + " のいずれかにしてください",
                    "'" + value + "' is not one of " + names));
        }
    }

    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField(name,
                    Text.of("「" + value + "」ではなく true か false にしてください", "'" + value + "' is not true or false"));
        };
    }

    static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ProblemException.invalidField(name, Text.of("「" + value + "」ではなく " + min + " から " + max + " までの整数にしてください",
                "'" + value + "' is not a whole number from " + min + " to " + max));
    }

    /** Whole YJ codes, each checked; null when none is given. */
    static java.util.List<String> yjCodes(String name, java.util.List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 100) {
            throw ProblemException.invalidField(name, Text.of(values.size() + " 品目が指定されています。一度に指定できるのは 100 品目までです",
                    "names " + values.size() + " products: at most 100 at once"));
        }
        for (String value : values) {
            if (value == null || !org.shortagewatch.report.domain.YjCode.isValid(value.strip())) {
                throw ProblemException.invalidField(name, Text.of(
                        "「" + value + "」は YJ コードではありません（" + org.shortagewatch.events.YjCodes.FORMAT_HINT_JA + "）",
                        "'" + value + "' is not a YJ code: " + org.shortagewatch.report.domain.YjCode.FORMAT_HINT));
            }
        }
        return values.stream().map(String::strip).distinct().toList();
    }

    /** A search text: trimmed, null when blank, at most {@code max} characters. */
    static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ProblemException.invalidField(name,
                    Text.of(max + " 文字以内にしてください", "is longer than " + max + " characters"));
        }
        return value.strip();
    }
}
