package org.shortagewatch.notification.domain;

import java.util.Optional;
import java.util.regex.Pattern;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.FacilityCodes;

/**
 * What is wrong with a facility code, in Japanese and English: the English is {@link FacilityCodes#problem}'s word
 * for word (clients match it), the Japanese says the same for a pharmacist reading the refusal.
 */
public final class FacilityCodeProblem {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{10}");

    private FacilityCodeProblem() {
    }

    /** What is wrong with {@code code}; empty when it is valid. */
    public static Optional<Text> of(String code) {
        return FacilityCodes.problem(code).map(english -> Text.of(japanese(code), english));
    }

    /** The Japanese of a code {@link FacilityCodes#problem} refuses, checked in the same order. */
    private static String japanese(String code) {
        String quoted = "「" + code + "」";
        if (code == null || !DIGITS.matcher(code).matches()) {
            return quoted + "は 10 桁の数字ではありません。医療機関コードは都道府県番号 01～47、点数表番号 1（医科）・3（歯科）・"
                    + "4（薬局）、続く 7 桁（末尾が検証番号）の 10 桁です";
        }
        String prefecture = code.substring(0, 2);
        int number = Integer.parseInt(prefecture);
        if (number < 1 || number > 47) {
            return quoted + "の都道府県番号 " + prefecture + " は 01～47 の範囲外です";
        }
        char table = code.charAt(2);
        if (table != '1' && table != '3' && table != '4') {
            return quoted + "の 3 桁目（点数表番号）が " + table + " です。1（医科）、3（歯科）、4（薬局）のいずれかにしてください";
        }
        return quoted + "の検証番号が " + code.charAt(9) + " です。正しくは " + FacilityCodes.checkDigit(code.substring(0, 9))
                + " です";
    }
}
