package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.ReasonBreakdown.Count;
import org.shortagewatch.report.domain.ReasonBreakdown.Line;

class ReasonBreakdownTest {

    static List<Count> counts(String table) {
        return CountTable.read(ShipmentResponse.class, ShortageReason.class, table, Count::new);
    }

    @Test
    void theThreeKindsOfLimitedShipmentCountTogetherAndEveryReasonIsListedInCodeOrder() {
        ReasonBreakdown.Table t = ReasonBreakdown.of(counts("""
                LIMITED_OWN_REASONS: MANUFACTURING_TROUBLE 3
                LIMITED_OTHER_COMPANY: DEMAND_INCREASE 5
                LIMITED_OTHER: MANUFACTURING_TROUBLE 1
                STOPPED: QUALITY_TROUBLE 2, MANUFACTURING_TROUBLE 4
                NORMAL: - 100
                """));
        assertEquals(List.of(new Line(ShortageReason.DEMAND_INCREASE, 5, 0),
                new Line(ShortageReason.RAW_MATERIALS, 0, 0), new Line(ShortageReason.MANUFACTURING_TROUBLE, 4, 4),
                new Line(ShortageReason.QUALITY_TROUBLE, 0, 2), new Line(ShortageReason.REGULATORY_ACTION, 0, 0),
                new Line(ShortageReason.PRICE_LIST_DELETION, 0, 0), new Line(ShortageReason.OTHER, 0, 0)),
                t.byReason());
        assertEquals(new Line(null, 9, 6), t.total());
    }

    @Test
    void productsStatingNoReasonHaveTheirOwnLineAndCountInTheTotal() {
        ReasonBreakdown.Table t = ReasonBreakdown.of(counts("STOPPED: - 2, OTHER 1"));
        assertEquals(new Line(null, 0, 2), t.byReason().get(t.byReason().size() - 1));
        assertEquals(ShortageReason.values().length + 1, t.byReason().size());
        assertEquals(new Line(null, 0, 3), t.total());
    }
}
