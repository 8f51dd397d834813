package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SupplyFormTest {

    @Test
    void unitsGoAsANumberWhenTheyAreOneAndAsTypedOtherwise() {
        assertEquals(12000L, SupplyForm.units(" 12,000 "));
        assertEquals("たくさん", SupplyForm.units("たくさん"));
        assertEquals("1.5", SupplyForm.units("1.5"));
        assertNull(SupplyForm.units("  "));
    }

    @Test
    void eachRefusedFieldStandsBesideItsInputTheRestAboveTheForm() {
        SupplyForm errors = SupplyForm.errors(List.of(
                new StatusFormErrors.FieldProblem("supplyUnits", "#/supplyUnits", "数値で指定してください"),
                new StatusFormErrors.FieldProblem("putSupply.yj", null, "YJコードの形式ではありません"),
                new StatusFormErrors.FieldProblem(null, "#/periodEnd", "開始日より前です"),
                new StatusFormErrors.FieldProblem("(body)", "#", "本文が読めません")));
        assertEquals(List.of("数値で指定してください"), errors.at("supplyUnits"));
        assertTrue(errors.has("yjCode"));
        assertEquals(List.of("開始日より前です"), errors.at("periodEnd"));
        assertFalse(errors.has("unit"));
        assertEquals(List.of(), errors.at("unit"));
        assertEquals(List.of("本文が読めません"), errors.elsewhere());
        assertEquals(List.of(), SupplyForm.errors(null).elsewhere());
    }
}
