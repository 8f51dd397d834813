package org.shortagewatch.report.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.audit.AuditVerification;
import org.shortagewatch.common.audit.SecurityFailureAudit;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
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
            assertEquals(AuditTrail.SUCCESS, row.outcome());
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
                () -> pool.withTransaction(c -> audit.record(c, "test.rollback", target, AuditTrail.SUCCESS)
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
                appends.add(audit.recordOutsideTransaction("test.concurrent", target, AuditTrail.DENIED,
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
        assertEquals(AuditTrail.DENIED, first.outcome());
        AuditVerification.Result result = verify();
        assertTrue(result.intact(), () -> "chain broken: " + result);
    }

    @Test
    void aChangeMadeOverHttpRecordsTheCallerTheOrganisationAndTheSourceAddress() throws Exception {
        String org = "MFR-AUDIT-" + ThreadLocalRandom.current().nextInt(1_000_000);
        // A YJ code no other test uses (they use the letter F).
        String yj = String.format("%07dA%04d", ThreadLocalRandom.current().nextInt(10_000_000),
                ThreadLocalRandom.current().nextInt(10_000));
        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, org)).contentType(ContentType.JSON)
                .body(TestProducts.body(org))
                .when().put("/api/v1/products/{yj}", yj)
                .then().statusCode(201);

        List<AuditRow> rows = rowsFor(yj);
        assertEquals(1, rows.size());
        AuditRow row = rows.get(0);
        assertEquals("product.register", row.action());
        assertEquals(AuditTrail.SUCCESS, row.outcome());
        assertEquals(Roles.MANUFACTURER + "-user@" + org, row.actor());
        assertEquals(org, row.org());
        assertEquals("127.0.0.1", row.sourceAddress());
    }

    @Test
    void refusedAuthenticationAndAuthorisationAreRecorded() throws Exception {
        long after = lastId();
        String path = "/api/v1/audit/verification";

        given().when().get(path).then().statusCode(401);
        AuditRow anonymous = awaitRow(after, "GET " + path);
        assertEquals(AuditTrail.DENIED, anonymous.outcome());
        assertEquals(SecurityFailureAudit.AUTHORIZATION, anonymous.action(), "no token: fails the role check");
        assertEquals(AuditTrail.ANONYMOUS, anonymous.actor());
        assertEquals("127.0.0.1", anonymous.sourceAddress());

        given().header("Authorization", "Bearer not.a.token").when().get(path).then().statusCode(401);
        AuditRow badToken = awaitRow(anonymous.id(), "GET " + path);
        assertEquals(AuditTrail.DENIED, badToken.outcome());
        assertEquals(SecurityFailureAudit.AUTHENTICATION, badToken.action());
        assertEquals(AuditTrail.ANONYMOUS, badToken.actor());

        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, "MFR777")).when().get(path)
                .then().statusCode(403);
        AuditRow forbidden = awaitRow(badToken.id(), "GET " + path);
        assertEquals(AuditTrail.DENIED, forbidden.outcome());
        assertEquals(SecurityFailureAudit.AUTHORIZATION, forbidden.action());
        assertEquals(Roles.MANUFACTURER + "-user@MFR777", forbidden.actor());
        assertEquals("MFR777", forbidden.org());

        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).when().get(path)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("intact", equalTo(true));
        assertEquals(3, query("select * from audit_log where id > ? and target = ?", after, "GET " + path).size(),
                "one row per refusal, none for the admin's successful read");
    }

    @Test
    void adminsReadTheNewestRowsNewestFirst() throws Exception {
        String target = unique();
        List<AuditRow> rows = recordInOneTransaction(target, 2);
        String admin = TestTokens.bearer(Roles.ADMIN, "ops");
        long newer = rows.get(1).id();

        given().header("Authorization", admin).queryParam("limit", 2).queryParam("beforeId", newer + 1)
                .when().get("/api/v1/audit")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", contains((int) newer, (int) rows.get(0).id()))
                .body("[0].target", equalTo(target))
                .body("[0].actor", equalTo(AuditTrail.SYSTEM))
                .body("[0].outcome", equalTo(AuditTrail.SUCCESS))
                .body("[0].chainSeq", equalTo((int) (long) rows.get(1).chainSeq()))
                .body("[0].hash", equalTo(hex(rows.get(1).hash())))
                .body("[0].prevHash", equalTo(hex(rows.get(1).prevHash())))
                .body("[0].occurredAt", notNullValue());

        given().header("Authorization", admin).queryParam("limit", 0)
                .when().get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** One audit_log row as JDBC reads it. */
    record AuditRow(long id, OffsetDateTime occurredAt, String actor, String org, String action, String target,
            String sourceAddress, String outcome, Long chainSeq, byte[] prevHash, byte[] hash) {
        @Override
        public String toString() {
            return id + " " + occurredAt + " " + actor + " " + org + " " + action + " " + target + " " + sourceAddress
                    + " " + outcome + " " + chainSeq + " " + hex(prevHash) + " " + hex(hash);
        }
    }

    /**
     * Records {@code n} rows for {@code target} through the bean, in one transaction, and returns them once the
     * linker has linked them.
     */
    List<AuditRow> recordInOneTransaction(String target, int n) throws Exception {
        onVertx(() -> pool.withTransaction(c -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (int i = 0; i < n; i++) {
                String action = "test.append." + i;
                chain = chain.chain(() -> audit.record(c, action, target, AuditTrail.SUCCESS));
            }
            return chain;
        }));
        return awaitLinked(target, n);
    }

    /** The {@code n} rows of {@code target}, once all are linked into the chain. */
    static List<AuditRow> awaitLinked(String target, int n) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> rowsFor(target),
                        rows -> rows.size() == n && rows.stream().allMatch(r -> r.chainSeq() != null));
    }

    /** The linked row at a chain position. */
    static AuditRow rowAt(long chainSeq) throws SQLException {
        return query("select * from audit_log where chain_seq = ?", chainSeq).get(0);
    }

    /** The hash of the row at a chain position; null before the first. */
    static byte[] hashAt(long chainSeq) throws SQLException {
        return chainSeq < 1 ? null : rowAt(chainSeq).hash();
    }

    /** Runs the database's linker once, as the service's linker does. */
    static int linkNow() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select audit_log_link(1000)")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    AuditVerification.Result verify() throws Exception {
        return onVertx(verification::verify);
    }

    static <T> T onVertx(Supplier<Uni<T>> work) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static String unique() {
        return "audit-test-" + UUID.randomUUID();
    }

    /** The hash of a linked row by the canonical text the migration documents (audit_log/v2), computed in Java. */
    static byte[] javaHash(AuditRow row) throws Exception {
        String text = String.join("|", "audit_log/v2", Long.toString(row.chainSeq()), Long.toString(row.id()),
                row.occurredAt().atZoneSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")),
                field(row.actor()), field(row.org()), field(row.action()), field(row.target()),
                field(row.sourceAddress()), field(row.outcome()));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        if (row.prevHash() != null) {
            sha256.update(row.prevHash());
        }
        return sha256.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String field(String value) {
        return value == null ? "-" : value.codePointCount(0, value.length()) + ":" + value;
    }

    static List<AuditRow> rowsFor(String target) throws SQLException {
        return query("select * from audit_log where target = ? order by id", target);
    }

    /** Waits for the first row after {@code afterId} with this target (security failures are audited async). */
    static AuditRow awaitRow(long afterId, String target) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    List<AuditRow> rows = query("select * from audit_log where id > ? and target = ? order by id",
                            afterId, target);
                    return rows.isEmpty() ? null : rows.get(0);
                }, row -> row != null);
    }

    static long lastId() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static OffsetDateTime databaseNow() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select clock_timestamp()")) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }

    static List<AuditRow> query(String sql, Object... parameters) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                            rs.getString("actor"), rs.getString("org"), rs.getString("action"), rs.getString("target"),
                            rs.getString("source_address"), rs.getString("outcome"),
                            rs.getObject("chain_seq", Long.class), rs.getBytes("prev_hash"), rs.getBytes("hash")));
                }
            }
            return rows;
        }
    }

    static void execute(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** As the datasource's user: in tests the superuser, who may bypass triggers (the service role may not). */
    static Connection connection() throws SQLException {
        return TestDatabase.connect();
    }

    static String hex(byte[] bytes) {
        return bytes == null ? null : HexFormat.of().formatHex(bytes);
    }
}
