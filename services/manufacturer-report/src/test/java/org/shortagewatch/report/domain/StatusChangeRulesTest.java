package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

class StatusChangeRulesTest {

    @Test
    void normalShipmentWithoutReasonIsConsistent() {
        assertTrue(StatusChangeRules.check(ShipmentResponse.NORMAL, null).isEmpty());
    }

    @Test
    void normalShipmentCarriesNoShortageReason() {
        List<StatusChangeRules.Violation> v = StatusChangeRules.check(ShipmentResponse.NORMAL, ShortageReason.OTHER);
        assertEquals(1, v.size());
        assertEquals("reason", v.get(0).field());
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentResponse.class, names = "NORMAL", mode = EnumSource.Mode.EXCLUDE)
    void aShortageNeedsAReason(ShipmentResponse response) {
        assertEquals("reason", StatusChangeRules.check(response, null).get(0).field());
        assertTrue(StatusChangeRules.check(response, ShortageReason.DEMAND_INCREASE).isEmpty());
    }
}
