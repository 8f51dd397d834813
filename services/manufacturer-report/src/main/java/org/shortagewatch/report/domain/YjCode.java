package org.shortagewatch.report.domain;

import org.shortagewatch.events.YjCodes;

/**
 * A YJ code (YJコード, 個別医薬品コード): 4 digits therapeutic class, 3 digits route and ingredient, 1 letter dosage
 * form, 1 digit strength, 2 digits brand, 1 check character; for example {@code 2456001F1310}.
 */
public record YjCode(String value) {

    /** The form every YJ code has; the same pattern as the event schema's. */
    public static final String PATTERN = YjCodes.PATTERN;
    public static final String FORMAT_HINT = YjCodes.FORMAT_HINT;

    public YjCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' " + FORMAT_HINT);
        }
    }

    public static boolean isValid(String value) {
        return YjCodes.isValid(value);
    }

    /** First 7 characters: the ingredient (一般名コード base), shared by every brand, form and strength. */
    public String ingredientKey() {
        return YjCodes.ingredientKey(value);
    }

    /** First 9 characters: ingredient, dosage form and strength, shared by every brand of it. */
    public String ingredientFormStrengthKey() {
        return YjCodes.ingredientFormStrengthKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
