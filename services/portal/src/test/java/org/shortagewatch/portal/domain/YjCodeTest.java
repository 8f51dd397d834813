package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YjCodeTest {

    @Test
    void aCompleteCodeNamesOneProductInAnyCase() {
        assertTrue(YjCode.isComplete("2233002R2020"));
        assertTrue(YjCode.isComplete("2233002r2020"));
        assertFalse(YjCode.isComplete("2233002"), "the start of a code");
        assertFalse(YjCode.isComplete("カルボシステイン"));
        assertFalse(YjCode.isComplete(null));
    }

    @Test
    void aCodeThatCouldNameAProductHasTwelveCharacters() {
        assertTrue(YjCode.hasLength("2233002R2020"));
        assertFalse(YjCode.hasLength("2233"));
        assertFalse(YjCode.hasLength(null));
    }
}
