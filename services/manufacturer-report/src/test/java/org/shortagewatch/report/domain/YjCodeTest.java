package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YjCodeTest {

    @Test
    void derivesIngredientAndIngredientFormStrengthKeys() {
        YjCode code = new YjCode("2456001F1310");
        assertEquals("2456001", code.ingredientKey());
        assertEquals("2456001F1", code.ingredientFormStrengthKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2456001F1310", "6132016X1018", "1124023F103A"})
    void acceptsWellFormedCodes(String value) {
        assertTrue(YjCode.isValid(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2456001F131", "2456001F13100", "2456001f1310", "24560011F310", "A456001F1310",
            "2456001F1 10"})
    void refusesMalformedCodes(String value) {
        assertFalse(YjCode.isValid(value));
        assertThrows(IllegalArgumentException.class, () -> new YjCode(value));
    }
}
