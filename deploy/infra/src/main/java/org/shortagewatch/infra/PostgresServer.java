package org.shortagewatch.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server process, started from the binaries zonky publishes on Maven Central. Each service gets
 * its own database on it, as in production.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    /** The embedded server trusts local connections; clients still need some password to send. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir; // null: zonky's own temporary directory

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server.
     *
     * @param dataDir where the cluster lives, kept across restarts; {@code null} for a fresh temporary one
     * @param port the port; 0 for any free port
     */
    public static PostgresServer start(Path dataDir, int port) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", dataDir == null ? "off" : "on")
                // zonky turns synchronous commits off, trading the last moments of commits in a crash for speed: a
                // server whose data is kept must never lose a commit it acknowledged
                .setServerConfig("synchronous_commit", dataDir == null ? "off" : "on");
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return new PostgresServer(builder.start(), dataDir);
    }

    public int port() {
        return postgres.getPort();
    }

    /**
     * Stops the server abruptly, as {@code pg_ctl stop -m immediate} does: the postmaster gets SIGQUIT, every session
     * is cut without a goodbye, nothing is checkpointed, and the next start runs crash recovery. Start it again with
     * {@link #start(Path, int)} on the same data directory and port.
     */
    public void stopImmediately() throws Exception {
        if (dataDir == null) {
            throw new IllegalStateException("only a server with a data directory of its own can be started again");
        }
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
        Process quit = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
        if (quit.waitFor() != 0) {
            throw new IllegalStateException("could not signal the postmaster (pid " + pid + ")");
        }
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            postmaster.destroyForcibly();
        }
        try {
            // releases the data directory's lock for the next start; its own stop finds nothing left to stop
            postgres.close();
        } catch (Exception ignored) {
            // nothing was running any more
        }
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port(), database);
    }

    public String reactiveUrl(String database) {
        return reactiveUrl(port(), database);
    }

    /** The JDBC URL of a database reached on {@code port} of this host (the server's own, or a proxy's). */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** The reactive client's URL of a database reached on {@code port} of this host. */
    public static String reactiveUrl(int port, String database) {
        return "postgresql://localhost:" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) throws Exception {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("create database " + database);
            }
        }
    }

    /**
     * Creates a login role unless it exists, and sets its password either way: a role that owns nothing, for a
     * service's runtime pool, which the migrations' grants then give what the service needs
     * (service-common's {@code db/common/afterMigrate__runtime_role_grants.sql}). Not a superuser, creates no roles
     * or databases, and inherits nothing.
     */
    public void ensureLoginRole(String role, String password) throws Exception {
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
                PreparedStatement exists = c.prepareStatement("select 1 from pg_roles where rolname = ?");
                Statement statement = c.createStatement()) {
            exists.setString(1, role);
            boolean found;
            try (ResultSet rs = exists.executeQuery()) {
                found = rs.next();
            }
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            statement.execute((found ? "alter role " : "create role ") + role
                    + " login nosuperuser nocreatedb nocreaterole noinherit password " + quotedPassword);
        }
    }

    @Override
    public void close() throws Exception {
        postgres.close();
    }

    /**
     * Stops a postmaster that runs on the data directory although its start failed. That happens when a launcher is
     * interrupted (Ctrl-C) while zonky starts it: zonky launches the server, then fails to register its shutdown hook, and gives up
     * without stopping it.
     */
    public static void stopStray(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(postmaster -> {
                        postmaster.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown; no clients are left
                        try {
                            postmaster.onExit().get(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            postmaster.destroyForcibly();
                        }
                    });
        } catch (IOException | RuntimeException e) {
            System.err.println("could not check for a PostgreSQL still running on " + pgData + ": " + e);
        }
    }
}
