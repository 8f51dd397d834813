package org.shortagewatch.events;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The medical institution code (医療機関コード, as printed on prescriptions: 処方箋発行医療機関コード): 10 digits,
 * prefecture (2, JIS X 0401 01-47), score table (1 medical 医科, 3 dental 歯科, 4 pharmacy 調剤), the 7-digit code of
 * the regional bureau (郡市区番号 2, 医療機関番号 4) and a check digit (検証番号). The check digit is computed over the
 * nine digits before it: from the last of them, each digit is multiplied by 2, 1, 2, 1, ...; the digits of the products
 * are added; the check digit is 10 minus the last digit of the sum (0 when that is 0): the Luhn scheme.
 * Example: 0110113719.
 *
 * <p>The one rule for every service: {@link #PATTERN} is the form (what a schema can check), {@link #problem} the
 * full check including the check digit, said in Japanese and in English.
 */
public final class FacilityCodes {

    /** What a code is made of, in Japanese. */
    private static final String LAYOUT_JA = "医療機関コードは、都道府県番号（01〜47）、点数表番号（1: 医科、3: 歯科、"
            + "4: 薬局）、チェックディジットで終わる 7 桁の計 10 桁です";

    /** The form: prefecture 01-47, score table 1, 3 or 4, then 7 digits (the check digit is not a pattern). */
    public static final String PATTERN = "^(0[1-9]|[1-3][0-9]|4[0-7])[134][0-9]{7}$";
    public static final String FORMAT_HINT = "must be a 10-digit medical institution code: prefecture 01-47, then "
            + "1 (medical), 3 (dental) or 4 (pharmacy), then 7 digits ending in the check digit";
    /** {@link #FORMAT_HINT} in Japanese. */
    public static final String FORMAT_HINT_JA = "10 桁の医療機関コードにしてください。" + LAYOUT_JA;
    /**
     * The Bean Validation message key of {@link #FORMAT_HINT}, for {@code @Pattern(message = ...)}: resolved in the
     * caller's language from common's {@code ContributorValidationMessages} bundles.
     */
    public static final String FORMAT_MESSAGE = "{shortagewatch.facilitycode.format}";

    private static final Pattern DIGITS = Pattern.compile("[0-9]{10}");

    private FacilityCodes() {
    }

    /** True when {@code code} is a well-formed code with a correct check digit. */
    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /**
     * What is wrong with a code, in Japanese and in English. The English is what clients have always matched (its
     * words "not 10 digits", "prefecture", "score table", "check digit" stay); the Japanese says the same to a
     * pharmacist or clerk.
     */
    public record Problem(String ja, String en) {

        @Override
        public String toString() {
            return en;
        }
    }

    /** What is wrong with {@code code}, in words a caller can act on; empty when it is valid. */
    public static Optional<Problem> problem(String code) {
        String quoted = "「" + code + "」";
        if (code == null || !DIGITS.matcher(code).matches()) {
            return Optional.of(new Problem(quoted + "は 10 桁の数字ではありません。" + LAYOUT_JA,
                    "'" + code + "' is not 10 digits; " + FORMAT_HINT));
        }
        int prefecture = Integer.parseInt(code.substring(0, 2));
        if (prefecture < 1 || prefecture > 47) {
            return Optional.of(new Problem(quoted + "の都道府県番号 " + code.substring(0, 2) + " は 01〜47 の範囲外です",
                    "'" + code + "' starts with prefecture " + code.substring(0, 2) + ", not 01-47"));
        }
        char table = code.charAt(2);
        if (table != '1' && table != '3' && table != '4') {
            return Optional.of(new Problem(quoted + "の 3 桁目（点数表番号）が " + table
                    + " です。1（医科）、3（歯科）、4（薬局）のいずれかにしてください",
                    "'" + code + "' has score table " + table
                            + " in its third digit; expected 1 (medical), 3 (dental) or 4 (pharmacy)"));
        }
        // The computed digit is not said: a clerk told it would change the last digit, which can make the code
        // another real facility's; the mistyped digit may be any of the ten.
        if (code.charAt(9) - '0' != checkDigit(code.substring(0, 9))) {
            return Optional.of(new Problem(
                    "医療機関コード" + quoted + "の検証番号（末尾1桁）が合いません。医療機関コードを確かめてください。",
                    "facility code '" + code + "' fails its check digit: check the code"));
        }
        return Optional.empty();
    }

    /** The check digit of the first nine digits of a code. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = nineDigits.length() - 1; i >= 0; i--) {
            int product = (nineDigits.charAt(i) - '0') * (doubled ? 2 : 1);
            sum += product / 10 + product % 10;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /** The code with its check digit appended to its first nine digits (for generated test data). */
    public static String withCheckDigit(String nineDigits) {
        return nineDigits + checkDigit(nineDigits);
    }

    /** The prefecture (JIS X 0401 code, "01"-"47") of a valid code. */
    public static String prefectureOf(String code) {
        return code.substring(0, 2);
    }
}
