package org.shortagewatch.report.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.report.audit.AuditRows.awaitLinked;
import static org.shortagewatch.report.audit.AuditRows.connection;
import static org.shortagewatch.report.audit.AuditRows.databaseNow;
import static org.shortagewatch.report.audit.AuditRows.execute;
import static org.shortagewatch.report.audit.AuditRows.hashAt;
import static org.shortagewatch.report.audit.AuditRows.javaHash;
import static org.shortagewatch.report.audit.AuditRows.linkNow;
import static org.shortagewatch.report.audit.AuditRows.onVertx;
import static org.shortagewatch.report.audit.AuditRows.rowAt;
import static org.shortagewatch.report.audit.AuditRows.rowsFor;
import static org.shortagewatch.report.audit.AuditRows.unique;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.audit.AuditOutcome;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.audit.AuditVerification;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.report.audit.AuditRows.AuditRow;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The audit trail against a real PostgreSQL: rows written in the caller's transaction without a lock, linked into
 * the hash chain after they commit by the service's {@link org.shortagewatch.common.audit.AuditLinker}; refused
 * updates and deletes; a chain whose verification names the first tampered row. Other tests write audit rows too, so every
 * assertion is about rows this test wrote (found by a unique target) or about the chain as a whole; a test that
 * tampers with a row restores it.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class AuditTrailTest {

    @Inject
    AuditTrail audit;

    @Inject
    AuditVerification verification;

    @Inject
    Pool pool;

    @Test
    void rowsRecordedInATransactionFormAnIntactChainOnTheDatabaseClock() throws Exception {
        String target = unique();
        OffsetDateTime before = databaseNow();

        List<AuditRow> rows = recordInOneTransaction(target, 3);

        assertEquals(3, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AuditRow row = rows.get(i);
            assertEquals(AuditTrail.SYSTEM, row.actor(), "outside a request the actor is the system");
            assertNull(row.org());
            assertNull(row.sourceAddress());
            assertEquals("test.append." + i, row.action());
            assertEquals(AuditOutcome.SUCCESS.name(), row.outcome());
            assertEquals(32, row.hash().length, "SHA-256");
            assertFalse(row.occurredAt().isBefore(before), "stamped by the database server's clock");
            assertArrayEquals(hashAt(row.chainSeq() - 1), row.prevHash(), "linked to the row before it in the chain");
            if (i > 0) {
                assertTrue(row.id() > rows.get(i - 1).id());
                assertTrue(row.chainSeq() > rows.get(i - 1).chainSeq(), "linked in id order");
                assertFalse(row.occurredAt().isBefore(rows.get(i - 1).occurredAt()));
            }
        }
        AuditVerification.Result result = verify();
        assertTrue(result.intact(), () -> "chain broken: " + result);
        assertTrue(result.rowsChecked() >= 3);
        assertNull(result.firstBrokenId());
        assertNull(result.reason());
    }

    @Test
    void theHashCanBeRecomputedOutsideTheDatabaseFromTheDocumentedCanonicalText() throws Exception {
        String target = unique() + " 薬局/𠮷\u00e9|:-"; // multi-byte, a non-BMP character, and the separators
        List<AuditRow> rows = recordInOneTransaction(target, 2);
        for (AuditRow row : rows) {
            assertArrayEquals(row.hash(), javaHash(row), "row " + row.id());
        }
    }

    @Test
    void updateDeleteAndTruncateAreRefusedEvenToTheSuperuser() throws Exception {
        String target = unique();
        AuditRow row = recordInOneTransaction(target, 1).get(0);

        for (String statement : List.of(
                "update audit_log set outcome = 'DENIED' where id = " + row.id(),
                "delete from audit_log where id = " + row.id(),
                "truncate audit_log")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(statement), statement);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(List.of(row).toString(), rowsFor(target).toString(), "the row is unchanged");
        assertTrue(verify().intact());
    }

    @Test
    void anInsertCannotChooseItsOwnIdTimeOrHash() throws Exception {
        String target = unique();
        execute("insert into audit_log (id, occurred_at, actor, action, target, outcome, chain_seq, prev_hash, hash) "
                + "values (1, '2000-01-01T00:00:00Z', 'forger', 'forge', '" + target
                + "', 'SUCCESS', 1, '\\x00', '\\x00')");

        AuditRow row = awaitLinked(target, 1).get(0);
        assertTrue(row.occurredAt().getYear() > 2000, "the database's time, not the one supplied");
        assertEquals(32, row.hash().length, "the chained hash, not the one supplied");
        assertArrayEquals(javaHash(row), row.hash());
        assertTrue(verify().intact());
    }

    @Test
    void aTamperedRowIsReportedAsTheFirstBrokenLink() throws Exception {
        String target = unique();
        List<AuditRow> rows = recordInOneTransaction(target, 3);
        AuditRow middle = rows.get(1);
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica"); // superuser only: bypasses the triggers
            try {
                s.executeUpdate("update audit_log set target = 'x' where id = " + middle.id());

                AuditVerification.Result content = verify();
                assertFalse(content.intact());
                assertEquals(middle.id(), content.firstBrokenId());
                assertEquals("hash does not match the row's content", content.reason());

                // A forger who also recomputes the tampered row's hash breaks the next row's link instead.
                s.executeUpdate("update audit_log set hash = audit_log_hash_v2(prev_hash, chain_seq, id, occurred_at, "
                        + "actor, org, action, target, source_address, outcome) where id = " + middle.id());

                AuditVerification.Result link = verify();
                assertFalse(link.intact());
                assertEquals(rowAt(middle.chainSeq() + 1).id(), link.firstBrokenId());
                assertEquals("prev_hash does not link to row " + middle.id(), link.reason());
                assertTrue(link.rowsChecked() >= 3);
            } finally {
                try (PreparedStatement restore = c.prepareStatement(
                        "update audit_log set target = ?, hash = ? where id = ?")) {
                    restore.setString(1, middle.target());
                    restore.setBytes(2, middle.hash());
                    restore.setLong(3, middle.id());
                    restore.executeUpdate();
                }
                s.execute("set session_replication_role = origin");
            }
        }
        assertTrue(verify().intact(), "restored");
    }

    @Test
    void aRecordInATransactionThatRollsBackLeavesNoRow() throws Exception {
        String target = unique();

        Throwable failure = assertThrows(Throwable.class, () -> VertxContextSupport.subscribeAndAwait(
                () -> pool.withTransaction(c -> audit.record(c, () -> "test.rollback", target)
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("the change failed"))))));
        assertEquals("the change failed", failure.getMessage());

        assertEquals(List.of(), rowsFor(target), "rolled back with the change it records");
        assertTrue(verify().intact(), "the chain skips the rolled-back row's id");
    }

    @Test
    void aRowThatCommitsLateIsLinkedAfterTheRowsThatCommittedBeforeIt() throws Exception {
        String late = unique();
        String early = unique();
        try (Connection c = connection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("insert into audit_log (actor, action, target, outcome) values ('x', 'test.late', '"
                    + late + "', 'SUCCESS')"); // draws its id now, commits later
            AuditRow earlyRow = recordInOneTransaction(early, 1).get(0);
            c.commit();

            AuditRow lateRow = awaitLinked(late, 1).get(0);
            assertTrue(lateRow.id() < earlyRow.id(), "the late row's id was drawn first");
            assertTrue(lateRow.chainSeq() > earlyRow.chainSeq(), "but it is linked after the row that committed first");
        }
        assertTrue(verify().intact());
    }

    @Test
    void rowsWaitForTheLinkerAndNobodyElseCanLinkThemWrongly() throws Exception {
        String target = unique();
        try (Connection linkerLock = connection(); Statement lock = linkerLock.createStatement()) {
            // Holding the linker's lock keeps every linker out, as a busy linker of another replica would.
            lock.execute("select pg_advisory_lock(6005318386748509259)");
            try {
                execute("insert into audit_log (actor, action, target, outcome) values ('x', 'test.pending', '"
                        + target + "', 'SUCCESS')");
                AuditRow pending = rowsFor(target).get(0);
                assertNull(pending.chainSeq(), "not linked while the linker waits");
                assertNull(pending.hash());
                assertTrue(verify().rowsPending() >= 1);
                assertEquals(0, linkNow(), "a second linker links nothing while the first holds the lock");

                SQLException refused = assertThrows(SQLException.class, () -> execute(
                        "update audit_log set chain_seq = (select max(chain_seq) + 1 from audit_log), "
                                + "prev_hash = (select hash from audit_log order by chain_seq desc nulls last limit 1), "
                                + "hash = '\\x00' where id = " + pending.id()));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            } finally {
                lock.execute("select pg_advisory_unlock(6005318386748509259)");
            }
        }
        AuditRow linked = awaitLinked(target, 1).get(0);
        assertArrayEquals(javaHash(linked), linked.hash());
        assertTrue(verify().intact());
    }

    @Test
    void concurrentAppendsOutsideATransactionStayOneChain() throws Exception {
        String target = unique();
        int n = 16;
        onVertx(() -> {
            List<Uni<Void>> appends = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                appends.add(audit.recordOutsideTransaction(() -> "test.concurrent", target, AuditOutcome.DENIED,
                        "user-" + i, "ORG" + i, "192.0.2." + i));
            }
            return Uni.join().all(appends).andFailFast().replaceWithVoid();
        });

        List<AuditRow> rows = rowsFor(target);
        assertEquals(n, rows.size());
        AuditRow first = rows.get(0);
        assertTrue(first.actor().startsWith("user-"));
        assertEquals("ORG" + first.actor().substring(5), first.org());
        assertEquals("192.0.2." + first.actor().substring(5), first.sourceAddress());
        assertEquals(AuditOutcome.DENIED.name(), first.outcome());
        AuditVerification.Result result = verify();
        assertTrue(result.intact(), () -> "chain broken: " + result);
    }


    /** Records {@code n} rows for {@code target} in one transaction; see {@link AuditRows#recordInOneTransaction}. */
    List<AuditRow> recordInOneTransaction(String target, int n) throws Exception {
        return AuditRows.recordInOneTransaction(pool, audit, target, n);
    }

    AuditVerification.Result verify() throws Exception {
        return onVertx(verification::verify);
    }
}
