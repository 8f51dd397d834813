package org.shortagewatch.allocation.persistence;

import org.shortagewatch.common.sql.BatchArrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The arrays of {@link BatchArrays}, bound to a statement of the Vert.x SQL client (as this service's statements
 * bind them) and unnested by a real PostgreSQL: each element arrives in its place, with its type, nulls as nulls.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class BatchArraysBindingTest {

    @Inject
    Pool pool;

    /** The rows, nulls in every column. */
    record NullableRow(String code, UUID id, Long units, Boolean flag, LocalDate day, Instant at, String json) {
    }

    @Test
    void everyColumnArrivesInOrderWithItsTypeAndNulls() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        List<NullableRow> rows = List.of(
                new NullableRow("A", id, 3L, true, LocalDate.of(2025, 1, 2),
                        Instant.parse("2025-03-01T00:30:00.123456Z"), "{\"x\": 1}"),
                new NullableRow(null, null, null, null, null, null, null),
                new NullableRow("C,D", id, Long.MAX_VALUE, false, LocalDate.of(2025, 12, 31),
                        Instant.parse("2025-12-31T23:59:59Z"), "[1, 2]"));
        String answer = pool.preparedQuery("""
                select string_agg(concat_ws('|', r.n, coalesce(r.code, '-'), coalesce(r.id::text, '-'),
                           coalesce(r.units::text, '-'), coalesce(r.flag::text, '-'), coalesce(r.day::text, '-'),
                           coalesce(extract(epoch from r.at)::text, '-'), coalesce(r.json::jsonb::text, '-')),
                           ';' order by r.n) as answer
                from unnest($1::text[], $2::uuid[], $3::bigint[], $4::boolean[], $5::date[], $6::timestamptz[],
                            $7::text[])
                     with ordinality as r(code, id, units, flag, day, at, json, n)""")
                .execute(Tuple.from(List.of(BatchArrays.text(rows, NullableRow::code),
                        BatchArrays.uuid(rows, NullableRow::id), BatchArrays.int8(rows, NullableRow::units),
                        BatchArrays.booleans(rows, NullableRow::flag), BatchArrays.date(rows, NullableRow::day),
                        BatchArrays.timestamptz(rows, NullableRow::at), BatchArrays.text(rows, NullableRow::json))))
                .map(result -> result.iterator().next().getString("answer"))
                .await().atMost(Duration.ofSeconds(30));
        assertEquals("1|A|" + id + "|3|true|2025-01-02|" + epoch(rows.get(0).at()) + "|{\"x\": 1}"
                + ";2|-|-|-|-|-|-|-"
                + ";3|C,D|" + id + "|" + Long.MAX_VALUE + "|false|2025-12-31|" + epoch(rows.get(2).at()) + "|[1, 2]",
                answer);
    }

    /** The instant as PostgreSQL's {@code extract(epoch from ...)} writes it: seconds, six decimals. */
    private static String epoch(Instant at) {
        return String.format("%d.%06d", at.getEpochSecond(), at.getNano() / 1000);
    }
}
