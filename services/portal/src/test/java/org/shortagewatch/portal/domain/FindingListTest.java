package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FindingListTest {

    record F(String name, String yj, String ingredient, Instant detected) {
    }

    static final List<F> FINDINGS = List.of(
            new F("old", "2223001F1050", "2223001", Instant.parse("2026-11-01T00:00:00Z")),
            new F("undated", null, "1149019", null),
            new F("new", "2223001F1069", "2223001", Instant.parse("2026-12-01T00:00:00Z")),
            new F("middle", "1149019F1013", "1149019", Instant.parse("2026-11-15T00:00:00Z")));

    static List<String> names(String chosen) {
        return FindingList.of(FINDINGS, chosen, F::yj, F::ingredient, F::detected).stream().map(F::name).toList();
    }

    @Test
    void newestFirstAndUndatedLast() {
        assertEquals(List.of("new", "middle", "old", "undated"), names(null));
        assertEquals(List.of("new", "middle", "old", "undated"), names("  "));
    }

    @Test
    void narrowedToAProductOrToAnIngredientWithAllItsProducts() {
        assertEquals(List.of("old"), names("2223001f1050"));
        assertEquals(List.of("new", "old"), names("2223001"));
        assertEquals(List.of("middle", "undated"), names("1149019"));
        assertEquals(List.of(), names("9999999"));
    }

    @Test
    void theChoicesAreEveryIngredientAndProductNamedOnceInCodeOrder() {
        assertEquals(List.of("1149019", "1149019F1013", "2223001", "2223001F1050", "2223001F1069"),
                FindingList.choices(FINDINGS, F::yj, F::ingredient));
        assertTrue(FindingList.isIngredient("2223001"));
        assertFalse(FindingList.isIngredient("2223001F1050"));
        assertFalse(FindingList.isIngredient(null));
    }
}
