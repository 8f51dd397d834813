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
        assertTrue(FacilityCodes.isValid(code), () -> FacilityCodes.problem(code).orElse(""));
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
        assertTrue(FacilityCodes.problem(code).orElseThrow().contains("not 10 digits"));
    }

    @ParameterizedTest
    @CsvSource({"134123456, 10 digits", "13412345670, 10 digits", "13a1234563, 10 digits", "4811234566, prefecture",
            "0011234566, prefecture", "1321234563, score table", "1341234567, check digit"})
    void refusesInvalidCodesSayingWhy(String code, String why) {
        assertFalse(FacilityCodes.isValid(code));
        assertTrue(FacilityCodes.problem(code).orElseThrow().contains(why), () -> FacilityCodes.problem(code).orElseThrow());
    }

    @Test
    void thePatternIsTheFormWithoutTheCheckDigit() {
        assertTrue("1341234567".matches(FacilityCodes.PATTERN));
        assertFalse("4811234566".matches(FacilityCodes.PATTERN));
        assertEquals("13", FacilityCodes.prefectureOf("1341234563"));
    }
}
