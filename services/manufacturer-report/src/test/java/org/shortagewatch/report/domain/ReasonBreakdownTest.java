package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.ReasonBreakdown.Count;
import org.shortagewatch.report.domain.ReasonBreakdown.Line;

class ReasonBreakdownTest {

    @Test
    void theThreeKindsOfLimitedShipmentCountTogetherAndEveryReasonIsListedInCodeOrder() {
        ReasonBreakdown.Table t = ReasonBreakdown.of(List.of(
                new Count(ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.MANUFACTURING_TROUBLE, 3),
                new Count(ShipmentResponse.LIMITED_OTHER_COMPANY, ShortageReason.DEMAND_INCREASE, 5),
                new Count(ShipmentResponse.LIMITED_OTHER, ShortageReason.MANUFACTURING_TROUBLE, 1),
                new Count(ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE, 2),
                new Count(ShipmentResponse.STOPPED, ShortageReason.MANUFACTURING_TROUBLE, 4),
                new Count(ShipmentResponse.NORMAL, null, 100)));
        assertEquals(List.of(new Line(ShortageReason.DEMAND_INCREASE, 5, 0),
                new Line(ShortageReason.RAW_MATERIALS, 0, 0), new Line(ShortageReason.MANUFACTURING_TROUBLE, 4, 4),
                new Line(ShortageReason.QUALITY_TROUBLE, 0, 2), new Line(ShortageReason.REGULATORY_ACTION, 0, 0),
                new Line(ShortageReason.PRICE_LIST_DELETION, 0, 0), new Line(ShortageReason.OTHER, 0, 0)),
                t.byReason());
        assertEquals(new Line(null, 9, 6), t.total());
    }

    @Test
    void productsStatingNoReasonHaveTheirOwnLineAndCountInTheTotal() {
        ReasonBreakdown.Table t = ReasonBreakdown.of(List.of(new Count(ShipmentResponse.STOPPED, null, 2),
                new Count(ShipmentResponse.STOPPED, ShortageReason.OTHER, 1)));
        assertEquals(new Line(null, 0, 2), t.byReason().get(t.byReason().size() - 1));
        assertEquals(ShortageReason.values().length + 1, t.byReason().size());
        assertEquals(new Line(null, 0, 3), t.total());
    }
}
