package org.shortagewatch.report.audit;

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
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.infra.TestDatabase;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The audit trail's rows as the tests read and write them: through JDBC as the datasource's user (in tests the
 * superuser, who may bypass triggers; the service role may not), or through the service's {@link AuditTrail} bean.
 */
final class AuditRows {

    private AuditRows() {
    }

    /**
     * Records {@code n} rows for {@code target} through the service's bean, in one transaction, and returns them once
     * the linker has linked them.
     */
    static List<AuditRow> recordInOneTransaction(Pool pool, AuditTrail audit, String target, int n) throws Exception {
        onVertx(() -> pool.withTransaction(c -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (int i = 0; i < n; i++) {
                String action = "test.append." + i;
                chain = chain.chain(() -> audit.record(c, () -> action, target));
            }
            return chain;
        }));
        return awaitLinked(target, n);
    }

    /** One audit_log row as JDBC reads it. */
    record AuditRow(long id, OffsetDateTime occurredAt, String actor, String org, String action, String target,
            String sourceAddress, String outcome, Long chainSeq, byte[] prevHash, byte[] hash) {
        @Override
        public String toString() {
            return id + " " + occurredAt + " " + actor + " " + org + " " + action + " " + target + " " + sourceAddress
                    + " " + outcome + " " + chainSeq + " " + hex(prevHash) + " " + hex(hash);
        }
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
