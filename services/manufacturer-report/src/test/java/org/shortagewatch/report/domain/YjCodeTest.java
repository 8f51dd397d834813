package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The form itself is tested with the contract (schemas' YjCodesTest); here, what a product derives from it. */
class YjCodeTest {

    @Test
    void derivesIngredientAndIngredientFormStrengthKeys() {
        YjCode code = new YjCode("2456001F1310");
        assertEquals("2456001", code.ingredientKey());
        assertEquals("2456001F1", code.ingredientFormStrengthKey());
    }

    @Test
    void refusesAMalformedCode() {
        assertThrows(IllegalArgumentException.class, () -> new YjCode("2456001F131"));
    }

    @Test
    void aPrefixIsOneToTwelveDigitsAndCapitalLetters() {
        assertTrue(YjCode.isPrefix("7"));
        assertTrue(YjCode.isPrefix("5112001F1"));
        assertTrue(YjCode.isPrefix("2456001F1310"));
        assertFalse(YjCode.isPrefix(""));
        assertFalse(YjCode.isPrefix("5112001f1"));
        assertFalse(YjCode.isPrefix("2456001F13101"));
        assertFalse(YjCode.isPrefix(null));
    }
}
