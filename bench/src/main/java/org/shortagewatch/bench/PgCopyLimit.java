package org.shortagewatch.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's limit for the rows a status change writes: COPY (through the JDBC driver's CopyManager) of N status
 * history rows and N outbox rows, shaped and indexed like manufacturer-report's tables, in one transaction; in a
 * database of its own ({@code bench}) on the same server, so the services' data is untouched. Best of
 * {@code --repeat} runs. Also creates the tables that {@code bench/limits/pgbench-insert.sql} inserts into.
 */
public final class PgCopyLimit {

    static final String SCHEMA = """
            drop table if exists limit_status_change, limit_outbox, limit_product_revision, limit_audit;
            create table limit_audit (id bigserial primary key, occurred_at timestamptz not null default clock_timestamp(),
                actor text not null, action text not null, target text, outcome text not null, hash bytea not null);
            create table limit_product_revision (yj_code varchar(12) primary key, revision bigint not null);
            create table limit_status_change (
                id bigserial primary key, yj_code varchar(12) not null, revision bigint not null,
                shipment_response text not null, reason text, effective_date date not null,
                reported_at timestamptz not null, reported_by text, event_id uuid not null unique,
                effective_date_certainty text not null default 'ACTUAL', cause_yj_code varchar(12),
                resolution_outlook text, expected_resolution_date date, shipment_volume text,
                volume_improvement_date date, volume_improvement_amount text,
                unique (yj_code, revision));
            create table limit_outbox (
                id bigserial primary key, event_id uuid not null unique, topic text not null, record_key text not null,
                event_type text not null, subject text, occurred_at timestamptz not null, payload text not null,
                created_at timestamptz not null default now(), published_at timestamptz);
            create index limit_outbox_unpublished on limit_outbox (id) where published_at is null;
            """;

    private PgCopyLimit() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        String host = args.get("pg-host", "localhost");
        String port = args.require("pg-port");
        String user = args.get("pg-user", "postgres");
        String password = args.get("pg-password", "postgres");
        int rows = args.getInt("rows", 18_520);
        int repeat = args.getInt("repeat", 3);
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
                Statement st = admin.createStatement();
                ResultSet exists = st.executeQuery("select 1 from pg_database where datname = 'bench'")) {
            if (!exists.next()) {
                st.execute("create database bench");
            }
        }
        String payload = "{\"yjCode\":\"2000000F0002\",\"revision\":1,\"shipmentResponse\":\"LIMITED_OWN_REASONS\","
                + "\"reason\":\"MANUFACTURING_TROUBLE\",\"effectiveDate\":\"2026-12-01\",\"effectiveDateCertainty\":\"ACTUAL\","
                + "\"reportedAt\":\"2026-12-01T00:00:00Z\",\"reportedBy\":\"BENCHMFR\",\"resolutionOutlook\":\"UNDECIDED\","
                + "\"shipmentVolume\":\"B\"}";
        double[] seconds = new double[repeat];
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/bench", user, password)) {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            for (int run = 0; run < repeat; run++) {
                try (Statement st = db.createStatement()) {
                    st.execute(SCHEMA);
                }
                StringBuilder history = new StringBuilder(rows * 120);
                StringBuilder outbox = new StringBuilder(rows * (payload.length() + 120));
                String now = Instant.now().toString();
                for (int i = 0; i < rows; i++) {
                    String yj = Products.yjCode(2, i);
                    UUID event = UUID.randomUUID();
                    history.append(yj).append('\t').append(1).append("\tLIMITED_OWN_REASONS\tMANUFACTURING_TROUBLE\t2026-12-01\t")
                            .append(now).append("\tBENCHMFR\t").append(event).append("\tUNDECIDED\tB\n");
                    outbox.append(event).append("\tsupply-status\t").append(yj)
                            .append("\torg.shortagewatch.supply-status.changed.v1\t").append(yj).append('\t').append(now)
                            .append('\t').append(payload).append('\n');
                }
                db.setAutoCommit(false);
                long begin = System.nanoTime();
                copy.copyIn("copy limit_status_change (yj_code, revision, shipment_response, reason, effective_date, "
                        + "reported_at, reported_by, event_id, resolution_outlook, shipment_volume) from stdin",
                        new StringReader(history.toString()));
                copy.copyIn("copy limit_outbox (event_id, topic, record_key, event_type, subject, occurred_at, payload) from stdin",
                        new StringReader(outbox.toString()));
                db.commit();
                seconds[run] = (System.nanoTime() - begin) / 1e9;
                db.setAutoCommit(true);
                System.out.printf("  COPY of %d status rows + %d outbox rows: %.3f s%n", rows, rows, seconds[run]);
            }
            try (Statement st = db.createStatement()) {
                st.execute("truncate limit_status_change, limit_outbox, limit_product_revision, limit_audit");
            }
        }
        double best = Arrays.stream(seconds).min().orElseThrow();
        Figures figures = Figures.fromEnvironment();
        figures.add("pg.copy.bulk", "Limit: PostgreSQL COPY of " + rows + " changes", best, "s", "", "",
                "status row + outbox row each, one transaction, best of " + repeat);
        figures.add("pg.copy.rate", "Limit: PostgreSQL COPY rate", rows / best, "changes/s", "", "", "");
    }
}
