package org.shortagewatch.report.domain;

import java.util.regex.Pattern;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.YjCodes;

/**
 * A YJ code (YJコード, 個別医薬品コード): 4 digits therapeutic class, 3 digits route and ingredient, 1 letter dosage
 * form, 1 digit strength, 2 digits brand, 1 check character; for example {@code 2456001F1310}.
 */
public record YjCode(String value) {

    /** The form every YJ code has; the same pattern as the event schema's. */
    public static final String PATTERN = YjCodes.PATTERN;
    public static final String FORMAT_HINT = YjCodes.FORMAT_HINT;
    /** The Bean Validation message key of the hint, resolved in the caller's language. */
    public static final String FORMAT_MESSAGE = YjCodes.FORMAT_MESSAGE;

    /** The start of a YJ code, as a search narrows by it: 1 to 12 digits and capital letters. */
    private static final Pattern PREFIX = Pattern.compile("[0-9A-Z]{1,12}");

    public YjCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' " + FORMAT_HINT);
        }
    }

    public static boolean isValid(String value) {
        return YjCodes.isValid(value);
    }

    /**
     * Whether a product new to the register may take {@code value}: a well-formed code that ends in its check
     * character ({@link YjCodes#checkCharacterHolds}), so a mistyped code is not registered as a product of its own.
     * Products registered before are kept and updated under the code they have.
     */
    public static boolean fitsANewProduct(String value) {
        return YjCodes.checkCharacterHolds(value);
    }

    /** Why a new product's code is refused when it does not end in its check character. */
    public static Text checkCharacterMismatch(String value) {
        return Text.of("新しく登録する品目の YJ コード「" + value + "」は末尾のチェックデジットが正しくありません。"
                        + "YJ コードを確かめてください",
                "the new product's YJ code '" + value + "' does not end in its check digit: check the code");
    }

    /** Whether {@code value} could be the start of a YJ code (e.g. 7 characters for an ingredient). */
    public static boolean isPrefix(String value) {
        return value != null && PREFIX.matcher(value).matches();
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
