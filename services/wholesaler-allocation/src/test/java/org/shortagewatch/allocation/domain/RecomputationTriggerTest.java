package org.shortagewatch.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecomputationTriggerTest {

    @Test
    void postingARecordKindIsNamedAfterIt() {
        for (RecordKind kind : RecordKind.values()) {
            assertEquals(kind.name() + "_POSTED", RecomputationTrigger.posted(kind).name());
        }
    }

    @Test
    void stockSupplyAndCannotObtainReportsAlwaysRecompute() {
        assertEquals(List.of(RecomputationTrigger.STOCK_POSTED, RecomputationTrigger.SUPPLY_POSTED,
                RecomputationTrigger.CANNOT_OBTAIN_REPORTED), Arrays.stream(RecomputationTrigger.values())
                .filter(RecomputationTrigger::alwaysRecomputes).toList());
    }

    @Test
    void theNamesAreThoseThePlansAndTheDatabaseHold() {
        assertEquals(List.of("ORDER_POSTED", "SHIPMENT_POSTED", "STOCK_POSTED", "SUPPLY_POSTED",
                "CANNOT_OBTAIN_REPORTED", "SUPPLY_STATUS_CHANGED", "SCHEDULED_SWEEP", "RECOMPUTE_REQUESTED"),
                Arrays.stream(RecomputationTrigger.values()).map(Enum::name).toList());
    }
}
