package org.shortagewatch.allocation.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UpsertsTest {

    @Test
    void eachColumnTakesTheProposedValueInTheOrderGiven() {
        assertEquals("revision = excluded.revision, reason = excluded.reason",
                Upserts.proposed("revision", "reason"));
    }

    @Test
    void oneColumnIsOneAssignment() {
        assertEquals("units = excluded.units", Upserts.proposed("units"));
    }
}
