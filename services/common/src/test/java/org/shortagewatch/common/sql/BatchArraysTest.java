package org.shortagewatch.common.sql;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Columns of a batch as typed arrays: in the batch's order, nulls kept, instants as UTC. */
class BatchArraysTest {

    record Row(String code, UUID id, long units, boolean flag, LocalDate day, Instant at) {
    }

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final List<Row> ROWS = List.of(
            new Row("A", ID, 3, true, LocalDate.of(2025, 1, 2), Instant.parse("2025-03-01T00:30:00.123456Z")),
            new Row(null, null, 0, false, null, null));

    @Test
    void eachColumnIsOneArrayInTheBatchsOrderWithItsNulls() {
        assertArrayEquals(new String[] { "A", null }, BatchArrays.text(ROWS, Row::code));
        assertArrayEquals(new UUID[] { ID, null }, BatchArrays.uuid(ROWS, Row::id));
        assertArrayEquals(new long[] { 3, 0 }, BatchArrays.bigint(ROWS, Row::units));
        assertArrayEquals(new boolean[] { true, false }, BatchArrays.bool(ROWS, Row::flag));
        assertArrayEquals(new LocalDate[] { LocalDate.of(2025, 1, 2), null }, BatchArrays.date(ROWS, Row::day));
    }

    @Test
    void instantsAreTheirUtcDateAndTime() {
        assertArrayEquals(new LocalDateTime[] { LocalDateTime.of(2025, 3, 1, 0, 30, 0, 123_456_000), null },
                BatchArrays.utc(ROWS, Row::at));
    }

    @Test
    void anEmptyBatchIsEmptyArrays() {
        assertArrayEquals(new String[0], BatchArrays.text(List.<Row>of(), Row::code));
        assertArrayEquals(new long[0], BatchArrays.bigint(List.<Row>of(), Row::units));
        assertArrayEquals(new boolean[0], BatchArrays.bool(List.<Row>of(), Row::flag));
    }
}
