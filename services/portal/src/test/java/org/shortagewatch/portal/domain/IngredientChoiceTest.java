package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class IngredientChoiceTest {

    @Test
    void aYjCodeOrAnIngredientKeyNamesTheIngredient() {
        assertEquals("2223001", IngredientChoice.keyOf("2223001F1050"));
        assertEquals("2223001", IngredientChoice.keyOf(" 2223001f1050 "), "any case, spaces around");
        assertEquals("2223001", IngredientChoice.keyOf("2223001"));
        assertEquals("61110AB", IngredientChoice.keyOf("61110ab"));
        assertNull(IngredientChoice.keyOf("デキストロメトルファン"));
        assertNull(IngredientChoice.keyOf("2223"), "the start of a code is a search");
        assertNull(IngredientChoice.keyOf(null));
    }

    record Found(String key, String name) {
    }

    @Test
    void aNameOffersEachIngredientFoundOnceInTheOrderFound() {
        List<IngredientChoice.Candidate> candidates = IngredientChoice.candidates(List.of(
                new Found("2223001", "デキストロメトルファン臭化水素酸塩水和物"), new Found("1149019", "ロキソプロフェン"),
                new Found("2223001", "デキストロメトルファン臭化水素酸塩水和物"), new Found(null, "鍵なし")),
                Found::key, Found::name);
        assertEquals(List.of(new IngredientChoice.Candidate("2223001", "デキストロメトルファン臭化水素酸塩水和物"),
                new IngredientChoice.Candidate("1149019", "ロキソプロフェン")), candidates);
    }

    @Test
    void aRefusalOfTheKeyIsFoundByItsFieldOrPointer() {
        List<StatusFormErrors.FieldProblem> fields = List.of(
                new StatusFormErrors.FieldProblem("map.ingredientKey", null, "7 文字の成分コードにしてください"),
                new StatusFormErrors.FieldProblem(null, "#/ingredientKey", "もう一つ"),
                new StatusFormErrors.FieldProblem("limit", null, "関係なし"));
        assertEquals(List.of("7 文字の成分コードにしてください", "もう一つ"), IngredientChoice.refusedKey(fields));
    }
}
