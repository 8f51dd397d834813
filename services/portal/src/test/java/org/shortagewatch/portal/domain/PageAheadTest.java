package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageAheadTest {

    @Test
    void onlyAnItemBeyondThePageMakesANextPage() {
        PageAhead<Integer> full = PageAhead.of(List.of(1, 2, 3), 3);
        assertEquals(List.of(1, 2, 3), full.items());
        assertFalse(full.more(), "exactly a page: nothing follows");
        assertNull(full.last());

        PageAhead<Integer> more = PageAhead.of(List.of(1, 2, 3, 4), 3);
        assertEquals(List.of(1, 2, 3), more.items());
        assertTrue(more.more());
        assertEquals(3, more.last(), "the next page starts after the last one shown");
    }
}
