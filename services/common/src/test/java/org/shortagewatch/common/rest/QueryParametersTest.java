package org.shortagewatch.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void theFirstValueWithAControlCharacterIsDescribedWhereItStands() {
        assertNull(QueryParameters.controlCharacterIn(List.of("ok", "改行\nも可")));
        assertEquals("holds the control character U+0000 at position 3 (only tab and line breaks are allowed)",
                QueryParameters.controlCharacterIn(List.of("fine", "ab\u0000", "\u0007")).en());
    }
}
