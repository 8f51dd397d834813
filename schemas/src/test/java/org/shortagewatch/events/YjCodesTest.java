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

    /** Codes as the national lists publish them: brands of amlodipine, prednisolone and fursultiamine. */
    @ParameterizedTest
    @ValueSource(strings = {"2171022F1037", "2171022F1045", "2171022F1029", "2171022F2033", "2171022F2041",
            "2171022F2025", "2171022F3021", "2171022F4028", "2456001F1353", "2456001F1310", "2456001F1019",
            "3122007F2039"})
    void publishedCodesEndInTheirCheckCharacter(String code) {
        assertTrue(YjCodes.checkCharacterHolds(code));
        assertEquals(code, YjCodes.withCheckCharacter(code.substring(0, 11)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2456001F1311", "2456001F1301", "2456001F3110", "4256001F1310", "2456001F131A"})
    void aMistypedOrSwappedCharacterBreaksTheCheck(String code) {
        assertFalse(YjCodes.checkCharacterHolds(code));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2456001F131", "2456001f1310"})
    void aMalformedCodeHasNoCheckCharacterToHold(String code) {
        assertFalse(YjCodes.checkCharacterHolds(code));
    }

    @Test
    void whereTheCheckWouldBeTenAnyTwelfthCharacterIsTaken() {
        // 2456001F106: the weighted sum leaves 1 by 11, so the check would be 10
        assertTrue(YjCodes.checkCharacterHolds("2456001F1060"));
        assertTrue(YjCodes.checkCharacterHolds("2456001F1067"));
        assertEquals("2456001F1060", YjCodes.withCheckCharacter("2456001F106"));
    }

    @Test
    void theKeysAreTheCodesLeadingCharacters() {
        assertEquals("2456", YjCodes.therapeuticClass("2456001F1310"));
        assertEquals("2456001", YjCodes.ingredientKey("2456001F1310"));
        assertEquals("2456001F1", YjCodes.ingredientFormStrengthKey("2456001F1310"));
    }
}
