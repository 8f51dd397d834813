package org.shortagewatch.allocation.domain;

import java.util.Optional;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.FacilityCodes;

/**
 * What is wrong with a medical institution code, in Japanese and in English: the English is
 * {@link FacilityCodes#problem(String)}'s, word for word (clients match it); the Japanese says the same for a caller
 * who reads Japanese.
 */
public final class FacilityCodeProblems {

    private FacilityCodeProblems() {
    }

    /** What is wrong with {@code code}; empty when it is a valid code. */
    public static Optional<Text> of(String code) {
        return FacilityCodes.problem(code).map(english -> Text.of(japanese(code), english));
    }

    private static String japanese(String code) {
        if (code == null || !code.matches("[0-9]{10}")) {
            return "「" + code + "」は 10 桁の数字ではありません。医療機関コードは、都道府県番号（01〜47）、点数表番号"
                    + "（1: 医科、3: 歯科、4: 薬局）、チェックディジットで終わる 7 桁の計 10 桁です";
        }
        int prefecture = Integer.parseInt(code.substring(0, 2));
        if (prefecture < 1 || prefecture > 47) {
            return "「" + code + "」の都道府県番号 " + code.substring(0, 2) + " は 01〜47 の範囲外です";
        }
        char table = code.charAt(2);
        if (table != '1' && table != '3' && table != '4') {
            return "「" + code + "」の 3 桁目（点数表番号）が " + table
                    + " です。1（医科）、3（歯科）、4（薬局）のいずれかにしてください";
        }
        return "「" + code + "」のチェックディジットが " + code.charAt(9) + " です（正しくは "
                + FacilityCodes.checkDigit(code.substring(0, 9)) + "）";
    }
}
