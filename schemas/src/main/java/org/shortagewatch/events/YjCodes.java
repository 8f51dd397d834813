package org.shortagewatch.events;

import java.util.regex.Pattern;

/**
 * The form of a YJ code (YJコード): 4 digits therapeutic class, 3 digits route and ingredient, 1 letter dosage form,
 * 1 digit strength, 2 digits brand, 1 check character; for example {@code 2456001F1310}. The same pattern as the
 * event schemas'.
 */
public final class YjCodes {

    public static final String PATTERN = "^[0-9]{7}[A-Z][0-9]{3}[0-9A-Z]$";
    public static final String FORMAT_HINT = "must be a 12-character YJ code such as 2456001F1310";
    /** {@link #FORMAT_HINT} in Japanese. */
    public static final String FORMAT_HINT_JA = "2456001F1310 のような 12 文字の YJ コードにしてください";
    /**
     * The Bean Validation message key of {@link #FORMAT_HINT}, for {@code @Pattern(message = ...)}: resolved in the
     * caller's language from common's {@code ContributorValidationMessages} bundles.
     */
    public static final String FORMAT_MESSAGE = "{shortagewatch.yjcode.format}";

    /** An ingredient key ({@link #ingredientKey}): the first 7 digits of a YJ code. */
    public static final String INGREDIENT_KEY_PATTERN = "^[0-9]{7}$";
    public static final String INGREDIENT_KEY_HINT =
            "must be an ingredient key: the first 7 digits of a YJ code, e.g. 2456001";
    /** {@link #INGREDIENT_KEY_HINT} in Japanese. */
    public static final String INGREDIENT_KEY_HINT_JA = "2456001 のような、YJ コードの先頭 7 桁の成分キーにしてください";
    /** The Bean Validation message key of {@link #INGREDIENT_KEY_HINT} (as {@link #FORMAT_MESSAGE}). */
    public static final String INGREDIENT_KEY_MESSAGE = "{shortagewatch.ingredientkey.format}";

    private static final Pattern FORM = Pattern.compile(PATTERN);

    private YjCodes() {
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /**
     * Whether a well-formed code's 12th character is the check character of its first eleven: their values (a letter counting
     * as its place in the alphabet, A 1 to Z 26) weighted 2, 3, 4, 5, 6, 7, 2, ... from the right, and 11 less their
     * sum's remainder by 11, a remainder of 0 giving 0. Checked against codes as the national lists publish them
     * (2456001F1310, 2171022F1029, 3122007F2039 and others). Where that gives 10, the published lists show no rule
     * to follow, and any 12th character is taken.
     */
    public static boolean checkCharacterHolds(String yjCode) {
        if (!isValid(yjCode)) {
            return false;
        }
        int check = checkValue(yjCode.substring(0, 11));
        return check == 10 || yjCode.charAt(11) == (char) ('0' + check);
    }

    /** The code with its check character appended to its first eleven (for generated test data; 0 for 10). */
    public static String withCheckCharacter(String firstEleven) {
        return firstEleven + checkValue(firstEleven) % 10;
    }

    private static int checkValue(String firstEleven) {
        int sum = 0;
        for (int i = firstEleven.length() - 1, weight = 2; i >= 0; i--, weight = weight == 7 ? 2 : weight + 1) {
            char c = firstEleven.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 1) * weight;
        }
        return (11 - sum % 11) % 11;
    }

    /** First 4 characters: the therapeutic class (薬効分類). */
    public static String therapeuticClass(String yjCode) {
        return yjCode.substring(0, 4);
    }

    /**
     * First 7 characters: the ingredient (一般名コード base), shared by every brand, form and strength of it; the key
     * of "same-ingredient" alternatives, ingredient subscriptions and allocation's per-ingredient recomputation.
     */
    public static String ingredientKey(String yjCode) {
        return yjCode.substring(0, 7);
    }

    /** First 9 characters: ingredient, dosage form and strength, shared by every brand of it. */
    public static String ingredientFormStrengthKey(String yjCode) {
        return yjCode.substring(0, 9);
    }
}
