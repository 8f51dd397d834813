package org.shortagewatch.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.FacilityCodes;

class FacilityCodeProblemsTest {

    @Test
    void aValidCodeHasNoProblem() {
        assertTrue(FacilityCodeProblems.of("1341234563").isEmpty());
    }

    @Test
    void theEnglishIsTheSchemasWordForWord() {
        for (String code : new String[] {null, "12345", "4811234566", "1321234563", "1341234567"}) {
            assertEquals(FacilityCodes.problem(code).map(Object::toString),
                    FacilityCodeProblems.of(code).map(Text::en), String.valueOf(code));
        }
    }

    @Test
    void everyProblemIsSaidInJapanese() {
        assertTrue(ja("12345").startsWith("「12345」は 10 桁の数字ではありません"));
        assertEquals("「4811234566」の都道府県番号 48 は 01〜47 の範囲外です", ja("4811234566"));
        assertEquals("「1321234563」の 3 桁目（点数表番号）が 2 です。1（医科）、3（歯科）、4（薬局）のいずれかにしてください",
                ja("1321234563"));
        assertEquals("「1341234567」のチェックディジットが 7 です（正しくは 3）", ja("1341234567"));
    }

    private static String ja(String code) {
        Optional<Text> problem = FacilityCodeProblems.of(code);
        return problem.orElseThrow().ja();
    }
}
