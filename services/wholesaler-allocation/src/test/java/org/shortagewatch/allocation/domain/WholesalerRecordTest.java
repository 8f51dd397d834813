package org.shortagewatch.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WholesalerRecordTest {

    static WholesalerRecord order(String facility, String prefecture, Long units, String unit) {
        return new WholesalerRecord(RecordKind.ORDER, "WHS001", null, facility, prefecture, "2456001F1310",
                LocalDate.of(2026, 12, 1), units, unit);
    }

    private static List<String> fields(WholesalerRecord r) {
        return r.violations().stream().map(WholesalerRecord.Violation::field).toList();
    }

    @Test
    void aWellFormedRecordHasNoViolations() {
        assertEquals(List.of(), fields(order("1341234563", "13", 10L, "錠")));
        assertEquals(List.of(), fields(order("1341234563", null, 10L, "mL")));
        assertEquals("1341234563:2456001F1310:2026-12-01", order("1341234563", null, 1L, "錠").effectiveReference());
        assertEquals("13", order("1341234563", null, 1L, "錠").prefecture());
        assertEquals("2456001", order("1341234563", null, 1L, "錠").ingredientKey());
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertEquals(List.of("facilityCode"), fields(order("1341234567", null, 10L, "錠")));
        assertEquals(List.of("prefectureCode"), fields(order("1341234563", "14", 10L, "錠")));
        assertEquals(List.of("units"), fields(order("1341234563", null, 0L, "錠")));
        assertEquals(List.of("units"), fields(order("1341234563", null, null, "錠")));
        assertEquals(List.of("unit"), fields(order("1341234563", null, 1L, null)));
        assertEquals(List.of("yjCode", "date"), fields(new WholesalerRecord(RecordKind.ORDER, "W", null, "1341234563",
                null, "2456001", null, 1L, "錠")));
    }

    @Test
    void stockMayBeZeroButNotNegative() {
        WholesalerRecord zero = new WholesalerRecord(RecordKind.STOCK, "W", null, "1341234563", null, "2456001F1310",
                LocalDate.of(2026, 12, 1), 0L, "錠");
        assertEquals(List.of(), fields(zero));
        WholesalerRecord negative = new WholesalerRecord(RecordKind.STOCK, "W", null, "1341234563", null,
                "2456001F1310", LocalDate.of(2026, 12, 1), -1L, "錠");
        assertEquals(List.of("units"), fields(negative));
    }

    @Test
    void eachViolationSaysWhyInJapaneseAndInEnglish() {
        WholesalerRecord.Violation v = order("1341234563", "14", 10L, "錠").violations().get(0);
        assertEquals("「14」は施設 1341234563 の都道府県ではありません（13）", v.detail().ja());
        assertEquals("'14' is not the prefecture of facility 1341234563 (13)", v.message());
    }
}
