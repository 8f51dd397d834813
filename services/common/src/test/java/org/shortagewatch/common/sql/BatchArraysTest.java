package org.shortagewatch.common.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Columns of a batch as typed arrays: in the batch's order, nulls kept, instants at UTC. */
class BatchArraysTest {

    record Row(String code, UUID id, Long units, Integer count, Boolean flag, LocalDate day, Instant at) {
    }

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final List<Row> ROWS = List.of(
            new Row("A", ID, 3L, 7, true, LocalDate.of(2025, 1, 2), Instant.parse("2025-03-01T00:30:00.123456Z")),
            new Row(null, null, null, null, null, null, null));

    @Test
    void eachColumnIsOneArrayInTheBatchsOrderWithItsNulls() {
        assertArrayEquals(new String[] { "A", null }, BatchArrays.text(ROWS, Row::code));
        assertArrayEquals(new UUID[] { ID, null }, BatchArrays.uuid(ROWS, Row::id));
        assertArrayEquals(new Long[] { 3L, null }, BatchArrays.int8(ROWS, Row::units));
        assertArrayEquals(new Integer[] { 7, null }, BatchArrays.int4(ROWS, Row::count));
        assertArrayEquals(new Boolean[] { true, null }, BatchArrays.booleans(ROWS, Row::flag));
        assertArrayEquals(new LocalDate[] { LocalDate.of(2025, 1, 2), null }, BatchArrays.date(ROWS, Row::day));
    }

    @Test
    void instantsAreTheirUtcDateAndTime() {
        assertArrayEquals(new OffsetDateTime[] { OffsetDateTime.of(2025, 3, 1, 0, 30, 0, 123_456_000, ZoneOffset.UTC),
                null }, BatchArrays.timestamptz(ROWS, Row::at));
    }

    @Test
    void anEmptyBatchIsEmptyArrays() {
        assertArrayEquals(new String[0], BatchArrays.text(List.<Row>of(), Row::code));
        assertArrayEquals(new Long[0], BatchArrays.int8(List.<Row>of(), Row::units));
        assertArrayEquals(new Boolean[0], BatchArrays.booleans(List.<Row>of(), Row::flag));
    }
}
