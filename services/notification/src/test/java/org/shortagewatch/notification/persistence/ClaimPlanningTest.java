package org.shortagewatch.notification.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The claim reads the ledger by index whatever its statistics say. The statistics a national refresh meets were
 * taken while nothing was pending; then a backlog of pushed deliveries is written in minutes. Planned on those
 * statistics, the claim once read the whole backlog again for every delivery it looked at, and ran for minutes
 * (docs/benchmarks.md, "A fault found on the way"). Here the same happens in one transaction that is rolled back:
 * delivered rows, statistics taken, a backlog written; the claim's plan reads the due index once, for its scan, and
 * finds each delivery's neighbours through {@code delivery_in_line} and the primary key, never by a sequential scan.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class ClaimPlanningTest {

    /** One node of a plan that reads the ledger: how, and through which index (null: none). */
    record LedgerRead(String node, String index) {
    }

    @Test
    void theClaimFindsEachDeliverysNeighboursByIndexOnStatisticsTakenBeforeTheBacklog() throws SQLException {
        List<LedgerRead> reads;
        try (Connection c = TestDatabase.connect(); Statement sql = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                sql.execute("""
                        insert into alert (cause_event_id, yj_code, payload, kind, severity)
                        select md5('claim-planning' || i)::uuid, lpad(i::text, 12, '9'), '{}', 'SUPPLY_STATUS', 2
                        from generate_series(1, 300) i""");
                sql.execute("""
                        insert into delivery (id, cause_event_id, recipient, channel, status, delivered_at)
                        select gen_random_uuid(), md5('claim-planning' || (i % 300 + 1))::uuid, 'PLAN-F' || i,
                               'INBOX', 'DELIVERED', now()
                        from generate_series(1, 20000) i""");
                sql.execute("analyze delivery");
                sql.execute("""
                        insert into delivery (id, cause_event_id, recipient, channel, status, product, revision,
                                              next_attempt_at)
                        select gen_random_uuid(), md5('claim-planning' || (i / 200 + 1))::uuid, 'PLAN-W' || (i % 200),
                               'WEBHOOK', 'PENDING', lpad((i / 200 % 30 + 1)::text, 12, '9'), i / 6000 + 1,
                               now() - interval '1 minute'
                        from generate_series(0, 59999) i""");
                sql.execute("prepare claim(int, float8, timestamptz, smallint) as " + DeliveryQueue.CLAIM_DUE);
                try (ResultSet plan = sql.executeQuery("explain (format json) execute claim(500, 30, now(), 4)")) {
                    plan.next();
                    reads = ledgerReads(new ObjectMapper().readTree(plan.getString(1)));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
            } finally {
                c.rollback();
            }
        }

        assertEquals(1, reads.stream().filter(r -> "delivery_due".equals(r.index())).count(),
                "the due index is read by the claim's scan only: " + reads);
        assertTrue(reads.stream().noneMatch(r -> r.index() == null), "no sequential read of the ledger: " + reads);
    }

    /** Every node of the plan that reads the delivery table. */
    private static List<LedgerRead> ledgerReads(JsonNode explained) {
        List<LedgerRead> reads = new ArrayList<>();
        collect(explained.get(0).get("Plan"), reads);
        return reads;
    }

    private static void collect(JsonNode node, List<LedgerRead> reads) {
        if ("delivery".equals(node.path("Relation Name").asText(null)) && node.path("Node Type").asText().contains("Scan")) {
            reads.add(new LedgerRead(node.get("Node Type").asText(), node.path("Index Name").asText(null)));
        }
        node.path("Plans").forEach(child -> collect(child, reads));
    }
}
