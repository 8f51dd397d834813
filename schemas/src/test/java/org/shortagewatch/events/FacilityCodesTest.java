package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FacilityCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0110113719", "1341234563", "4711234569", "2731234569"})
    void acceptsValidCodes(String code) {
        assertTrue(FacilityCodes.isValid(code),
                () -> FacilityCodes.problem(code).map(FacilityCodes.Problem::en).orElse(""));
    }

    @Test
    void theCheckDigitIsLuhnOverTheNineDigitsBeforeIt() {
        // 0110113719: from the right 1x2, 7, 3x2, 1, 1x2, 0, 1x2, 1, 0x2 -> 2+7+6+1+2+0+2+1+0 = 21 -> 10-1 = 9
        assertEquals(9, FacilityCodes.checkDigit("011011371"));
        assertEquals("1341234563", FacilityCodes.withCheckDigit("134123456"));
        assertEquals(0, FacilityCodes.checkDigit("000000000"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"134123456", "1341234563 "})
    void refusesWhatIsNotTenDigits(String code) {
        assertTrue(FacilityCodes.problem(code).orElseThrow().en().contains("not 10 digits"));
    }

    @ParameterizedTest
    @CsvSource({"134123456, 10 digits", "13412345670, 10 digits", "13a1234563, 10 digits", "4811234566, prefecture",
            "0011234566, prefecture", "1321234563, score table", "1341234567, check digit"})
    void refusesInvalidCodesSayingWhy(String code, String why) {
        assertFalse(FacilityCodes.isValid(code));
        assertTrue(FacilityCodes.problem(code).orElseThrow().en().contains(why),
                () -> FacilityCodes.problem(code).orElseThrow().en());
    }

    @Test
    void everyProblemIsSaidInJapaneseToo() {
        assertTrue(ja("12345").startsWith("「12345」は 10 桁の数字ではありません"));
        assertTrue(ja(null).startsWith("「null」は 10 桁の数字ではありません"));
        assertEquals("「4811234566」の都道府県番号 48 は 01〜47 の範囲外です", ja("4811234566"));
        assertEquals("「4841234567」の都道府県番号 48 は 01〜47 の範囲外です", ja("4841234567"));
        assertEquals("「1321234563」の 3 桁目（点数表番号）が 2 です。1（医科）、3（歯科）、4（薬局）のいずれかにしてください",
                ja("1321234563"));
        assertTrue(ja("1351234567").contains("3 桁目（点数表番号）が 5 です"));
        assertEquals("医療機関コード「1341234567」の検証番号（末尾1桁）が合いません。医療機関コードを確かめてください。",
                ja("1341234567"));
    }

    @Test
    void theEnglishStaysWordForWord() {
        assertEquals("'12345' is not 10 digits; " + FacilityCodes.FORMAT_HINT, en("12345"));
        assertEquals("'4811234566' starts with prefecture 48, not 01-47", en("4811234566"));
        assertEquals("'1321234563' has score table 2 in its third digit; expected 1 (medical), 3 (dental) or 4"
                + " (pharmacy)", en("1321234563"));
        assertEquals("facility code '1341234567' fails its check digit: check the code", en("1341234567"));
        assertEquals(en("1341234567"), FacilityCodes.problem("1341234567").orElseThrow().toString());
    }

    @Test
    void aWrongCheckDigitIsNotAnsweredWithTheComputedOne() {
        // a clerk told the "right" last digit would type it, possibly making another real facility's code
        FacilityCodes.Problem problem = FacilityCodes.problem("1341234567").orElseThrow();
        assertFalse(problem.ja().replace("1341234567", "").contains("3"), problem.ja());
        assertFalse(problem.en().replace("1341234567", "").contains("3"), problem.en());
    }

    @Test
    void theFormatHintIsWrittenInBothLanguages() {
        assertTrue(FacilityCodes.FORMAT_HINT_JA.startsWith("10 桁の医療機関コードにしてください"));
        assertEquals("{shortagewatch.facilitycode.format}", FacilityCodes.FORMAT_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0110113719", "1341234563"})
    void aValidCodeHasNoProblemInEitherLanguage(String code) {
        assertTrue(FacilityCodes.problem(code).isEmpty());
    }

    private static String en(String code) {
        return FacilityCodes.problem(code).orElseThrow().en();
    }

    private static String ja(String code) {
        return FacilityCodes.problem(code).orElseThrow().ja();
    }

    @Test
    void thePatternIsTheFormWithoutTheCheckDigit() {
        assertTrue("1341234567".matches(FacilityCodes.PATTERN));
        assertFalse("4811234566".matches(FacilityCodes.PATTERN));
        assertEquals("13", FacilityCodes.prefectureOf("1341234563"));
    }
}
