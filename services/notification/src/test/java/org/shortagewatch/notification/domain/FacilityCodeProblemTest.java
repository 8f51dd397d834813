package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.FacilityCodes;

class FacilityCodeProblemTest {

    static final String GOOD = FacilityCodes.withCheckDigit("134123456");

    @Test
    void aValidCodeHasNoProblem() {
        assertTrue(FacilityCodeProblem.of(GOOD).isEmpty());
    }

    @Test
    void theEnglishIsTheSharedCheckWordForWord() {
        for (String bad : new String[] {null, "12345", "4841234567", "1351234567", wrongCheckDigit()}) {
            Text problem = FacilityCodeProblem.of(bad).orElseThrow();
            assertEquals(FacilityCodes.problem(bad).orElseThrow(), problem.en());
        }
    }

    @Test
    void theJapaneseNamesWhatIsWrong() {
        assertTrue(FacilityCodeProblem.of("12345").orElseThrow().ja().contains("10 桁の数字ではありません"));
        assertEquals("「4841234567」の都道府県番号 48 は 01～47 の範囲外です", FacilityCodeProblem.of("4841234567").orElseThrow().ja());
        assertTrue(FacilityCodeProblem.of("1351234567").orElseThrow().ja().contains("3 桁目（点数表番号）が 5 です"));
        String wrong = wrongCheckDigit();
        assertEquals("「" + wrong + "」の検証番号が " + wrong.charAt(9) + " です。正しくは " + GOOD.charAt(9) + " です",
                FacilityCodeProblem.of(wrong).orElseThrow().ja());
    }

    private static String wrongCheckDigit() {
        return "134123456" + (FacilityCodes.checkDigit("134123456") + 1) % 10;
    }
}
