package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.PostgresServer;

/**
 * Each service runs as a database role that owns nothing (the local stack connects every service as its runtime
 * role, {@link StackService#runtimeRole()}, and migrates as the owner, as production does): the system works
 * end to end on it (this and every other test of the stack), its audit chain verifies, and the role can neither
 * change nor remove audit rows nor change the schema. Runs on the portal tests' system ({@link PortalSystem}), which
 * was seeded through all three services, so it costs no start of its own in a full run.
 */
@ExtendWith(PortalSystem.class)
class LeastPrivilegeTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @ParameterizedTest
    @ValueSource(strings = {LocalStack.MANUFACTURER_REPORT, LocalStack.WHOLESALER_ALLOCATION, LocalStack.NOTIFICATION})
    void theServiceRunsAsARoleThatOwnsNothingAndItsAuditChainVerifies(String service) throws Exception {
        LocalStack stack = PortalSystem.stack();
        String role = role(service);
        try (Connection owner = asOwner(service); Statement s = owner.createStatement()) {
            assertEquals(1, count(s, "select count(*) from pg_roles where rolname = '" + role
                    + "' and not rolsuper and not rolcreaterole and not rolcreatedb"), "a plain login role");
            assertTrue(count(s, "select count(*) from pg_stat_activity where datname = current_database()"
                    + " and usename = '" + role + "'") > 0, service + "'s pool connects as " + role);
            assertEquals(0, count(s, "select count(*) from pg_stat_activity where datname = current_database()"
                    + " and usename = '" + PostgresServer.USER + "' and pid <> pg_backend_pid()"),
                    "and nothing of the service connects as the owner after the migrations");
            assertEquals(0, count(s, "select count(*) from pg_class where relowner = (select oid from pg_roles"
                    + " where rolname = '" + role + "')"), role + " owns no table, sequence or index");
        }
        // a refused call is audited (a row written by the runtime role), then chained by the service's linker
        given().baseUri(stack.serviceUrl(service).toString()).when().get("/api/v1/audit")
                .then().statusCode(401);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> PortalSystem.as(DemoRealm.ADMIN, service)
                .when().get("/api/v1/audit/verification")
                .then().statusCode(200)
                .body("intact", equalTo(true))
                .body("rowsChecked", greaterThan(0))
                .body("rowsPending", equalTo(0)));
        try (Connection app = asRuntimeRole(service); Statement s = app.createStatement()) {
            assertTrue(count(s, "select count(*) from audit_log where chain_seq is not null") > 0,
                    "the role reads the chain its service linked");
        }
        assertTrue(stack.isRunning(service));
    }

    @ParameterizedTest
    @ValueSource(strings = {LocalStack.MANUFACTURER_REPORT, LocalStack.WHOLESALER_ALLOCATION, LocalStack.NOTIFICATION})
    void theRuntimeRoleCanNeitherChangeNorRemoveAuditRowsNorChangeTheSchema(String service) throws Exception {
        PortalSystem.stack();
        try (Connection app = asRuntimeRole(service); Statement s = app.createStatement()) {
            count(s, "select count(*) from audit_log"); // it reads the audit trail
            refused(s, "update audit_log set actor = 'someone else' where id = (select min(id) from audit_log)",
                    "permission denied for table audit_log");
            refused(s, "delete from audit_log", "permission denied for table audit_log");
            refused(s, "truncate audit_log", "permission denied for table audit_log");
            refused(s, "alter table audit_log disable trigger user", "must be owner of table audit_log");
            refused(s, "drop trigger audit_log_link_only on audit_log", "must be owner of relation audit_log");
            refused(s, "set session_replication_role = replica", "permission denied");
            refused(s, "select setval('audit_log_id_seq', 1)", "permission denied for sequence audit_log_id_seq");
            refused(s, "create table intruder (id int)", "permission denied for schema public");
            refused(s, "alter table outbox add column intruder int", "must be owner of table outbox");
            refused(s, "drop table processed_event", "must be owner of table processed_event");
            refused(s, "truncate outbox", "permission denied for table outbox");
            refused(s, "create or replace function audit_log_hash_v2(prev_hash bytea, chain_seq bigint, id bigint,"
                    + " occurred_at timestamptz, actor text, org text, action text, target text,"
                    + " source_address text, outcome text) returns bytea language sql as 'select null::bytea'",
                    "permission denied for schema public");
            refused(s, "select count(*) from flyway_schema_history",
                    "permission denied for table flyway_schema_history");
        }
    }

    private static void refused(Statement s, String sql, String message) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), sql + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(message), sql + ": " + e.getMessage());
    }

    private static String role(String service) {
        return LocalStack.SERVICES.stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow()
                .runtimeRole();
    }

    private static Connection asRuntimeRole(String service) throws SQLException {
        String role = role(service);
        Connection c = DriverManager.getConnection(PortalSystem.stack().jdbcUrl(service), role, role);
        c.setAutoCommit(true);
        return c;
    }

    private static Connection asOwner(String service) throws SQLException {
        return DriverManager.getConnection(PortalSystem.stack().jdbcUrl(service), PostgresServer.USER,
                PostgresServer.PASSWORD);
    }

    private static long count(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
