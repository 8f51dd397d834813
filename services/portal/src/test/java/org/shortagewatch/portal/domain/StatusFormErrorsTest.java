package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatusFormErrorsTest {

    private static StatusFormErrors.FieldProblem problem(String field, String pointer, String detail) {
        return new StatusFormErrors.FieldProblem(field, pointer, detail);
    }

    @Test
    void eachDetailGoesBesideTheInputOfTheFieldTheServiceNamed() {
        StatusFormErrors errors = StatusFormErrors.of(List.of(
                problem("reason", "#/reason", "限定出荷・供給停止には限定出荷等の理由が必要です"),
                problem("expectedResolutionDate", "#/expectedResolutionDate", "過去の日付は指定できません"),
                problem("reason", "#/reason", "二つ目")));
        assertEquals(List.of("限定出荷・供給停止には限定出荷等の理由が必要です", "二つ目"), errors.at("reason"));
        assertEquals(List.of("reason", "expectedResolutionDate"), errors.inputs());
        assertTrue(errors.has("expectedResolutionDate"));
        assertFalse(errors.has("shipmentVolume"));
        assertEquals(List.of(), errors.at("shipmentVolume"));
        assertTrue(errors.elsewhere().isEmpty());
    }

    @Test
    void aPrecisionRefusedWithoutItsDateGoesBesideItsOwnChoice() {
        StatusFormErrors errors = StatusFormErrors.of(List.of(
                problem("expectedResolutionPrecision", "#/expectedResolutionPrecision", "時期の日付がありません"),
                problem("volumeImprovementPrecision", null, "時期の日付がありません")));
        assertEquals(List.of("expectedResolutionPrecision", "volumeImprovementPrecision"), errors.inputs());
        assertFalse(errors.has("expectedResolutionDate"));
        assertTrue(errors.elsewhere().isEmpty());
    }

    @Test
    void aPathOrAPointerEndingInAnInputNamesThatInput() {
        assertEquals("causeYjCode", StatusFormErrors.input(problem("report.causeYjCode", null, "x")));
        assertEquals("shipmentVolume", StatusFormErrors.input(problem(null, "#/shipmentVolume", "x")));
        assertEquals("effectiveDate", StatusFormErrors.input(problem("", "#/effectiveDate", "x")));
    }

    @Test
    void whatNamesNoInputOfTheFormGoesAboveIt() {
        StatusFormErrors errors = StatusFormErrors.of(List.of(problem("yjCode", "#/yjCode", "あなたの品目ではありません"),
                problem("(body)", "#", "読めません"), problem(null, null, "なにか")));
        assertEquals(3, errors.elsewhere().size());
        assertTrue(errors.inputs().isEmpty());
        assertNull(StatusFormErrors.input(problem("yjCode", "#/yjCode", "x")));
        assertTrue(StatusFormErrors.of(null).inputs().isEmpty());
    }

    @Test
    void anotherFormsInputsAreFoundAnywhereInThePath() {
        java.util.Set<String> inputs = java.util.Set.of("title", "targetProducts", "addressees");
        assertEquals("targetProducts", StatusFormErrors.input(problem("targetProducts[0].yjCode", null, "x"), inputs));
        assertEquals("addressees", StatusFormErrors.input(problem("draft.body.addressees[2]", null, "x"), inputs));
        assertEquals("title", StatusFormErrors.input(problem(null, "#/title", "x"), inputs));
        assertNull(StatusFormErrors.input(problem("followsUp", null, "x"), inputs));
        StatusFormErrors errors = StatusFormErrors.of(List.of(problem("targetProducts[1].yjCode", null, "12文字")), inputs);
        assertEquals(List.of("12文字"), errors.at("targetProducts"));
    }
}
