package org.shortagewatch.report.rest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.validation.DateRange;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.YjCode;

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

    /** A list's page number ({@code page}), from 1, the first when absent. */
    static int pageNumber(String value) {
        return integer("page", value, 1, 1, 1_000_000);
    }

    /** A list's page size ({@code size}), 1 to 500, 50 when absent. */
    static int pageSize(String value) {
        return integer("size", value, 50, 1, 500);
    }

    private static int integer(String name, String value, int defaultValue, int min, int max) {
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
    static List<String> yjCodes(String name, List<String> values) {
        return codes(name, values, "品目", "products", YjCode::isValid,
                value -> Text.of("「" + value + "」は YJ コードではありません（" + YjCodes.FORMAT_HINT_JA + "）",
                        "'" + value + "' is not a YJ code: " + YjCode.FORMAT_HINT));
    }

    /** Ingredient keys (the first seven digits of a YJ code), each checked; null when none is given. */
    static List<String> ingredientKeys(String name, List<String> values) {
        return codes(name, values, "成分", "ingredients",
                value -> value.matches(YjCodes.INGREDIENT_KEY_PATTERN),
                value -> Text.of("「" + value + "」は成分キーではありません（" + YjCodes.INGREDIENT_KEY_HINT_JA
                        + "）", "'" + value + "' " + YjCodes.INGREDIENT_KEY_HINT));
    }

    /** Codes of one kind, at most 100, each trimmed and checked, once each; null when none is given. */
    private static List<String> codes(String name, List<String> values, String kindJa, String kindEn,
            Predicate<String> valid, Function<String, Text> notOne) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 100) {
            throw ProblemException.invalidField(name, Text.of(values.size() + " " + kindJa + "が指定されています。一度に指定できるのは 100 "
                    + kindJa + "までです", "names " + values.size() + " " + kindEn + ": at most 100 at once"));
        }
        for (String value : values) {
            if (value == null || !valid.test(value.strip())) {
                throw ProblemException.invalidField(name, notOne.apply(value));
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

    /**
     * Text typed into a search: as {@link #text}, in NFKC, so that full-width letters and digits and half-width kana
     * (２１７１０２２, ＭＦＲ００１, ｱﾑﾛｼﾞﾋﾟﾝ) read as the catalogue writes them.
     */
    static String searchText(String name, String value, int max) {
        String text = text(name, value, max);
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
