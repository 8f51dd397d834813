package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class YjCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2456001F1310", "6132016X1018", "1124023F103A"})
    void acceptsWellFormedCodes(String value) {
        assertTrue(YjCodes.isValid(value));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2456001F131", "2456001F13100", "2456001f1310", "24560011F310", "A456001F1310",
            "2456001F1 10"})
    void refusesMalformedCodes(String value) {
        assertFalse(YjCodes.isValid(value));
    }

    @Test
    void theKeysAreTheCodesLeadingCharacters() {
        assertEquals("2456", YjCodes.therapeuticClass("2456001F1310"));
        assertEquals("2456001", YjCodes.ingredientKey("2456001F1310"));
        assertEquals("2456001F1", YjCodes.ingredientFormStrengthKey("2456001F1310"));
    }
}
