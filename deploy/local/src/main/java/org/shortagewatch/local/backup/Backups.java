package org.shortagewatch.local.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A backup of the three services' databases and its restore into an empty server, with the consumer positions that
 * make the restored services consistent with Kafka (docs/operations.md, "Backup and restore"). Used by
 * {@code deploy/local/backup} and {@code deploy/local/restore} ({@link BackupCommand}) and by the restore drill
 * ({@code BackupRestoreTest}).
 */
public final class Backups {

    /** The services' databases, dumped in this order. */
    public static final List<String> DATABASES = List.of("report", "allocation", "notification");

    private Backups() {
    }

    /**
     * Takes a backup into {@code dir} (created; must be empty): notes the time, reads the consumer groups' committed
     * offsets, then dumps each database ({@code <database>.dump}, pg_dump's custom format, one snapshot per
     * database), and writes {@code manifest.json} last, so a directory without it is no complete backup.
     */
    public static BackupManifest backup(DatabaseServer server, String bootstrapServers, Path dir,
            Consumer<String> progress) throws Exception {
        Files.createDirectories(dir);
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("the backup directory is not empty: " + dir);
            }
        }
        Instant startedAt = Instant.now();
        String version = serverVersion(server);
        PostgresClientTools tools = PostgresClientTools.forMajorVersion(BackupManifest.majorVersion(version));
        Map<String, Map<String, Map<Integer, Long>>> offsets;
        try (ConsumerPositions positions = new ConsumerPositions(bootstrapServers)) {
            offsets = positions.committed();
        }
        progress.accept("consumer offsets at " + startedAt + ": " + offsets);
        Map<String, String> dumps = new LinkedHashMap<>();
        for (String database : DATABASES) {
            String file = database + ".dump";
            tools.dump(server, database, dir.resolve(file));
            dumps.put(database, file);
            progress.accept("dumped " + database + " (" + Files.size(dir.resolve(file)) + " bytes)");
        }
        BackupManifest manifest = new BackupManifest(startedAt, Instant.now(), version, offsets, dumps);
        manifest.write(dir);
        progress.accept("backup complete in " + dir + " (began " + startedAt + ")");
        return manifest;
    }

    /**
     * Restores the backup in {@code dir} into a server whose databases are missing or empty, then writes back into
     * report's history the status changes published since the backup began ({@link StatusHistoryReplay}), then sets
     * the consumer groups back to the backup's positions. Every service must be stopped (Kafka refuses to move a
     * group that has members) and started only afterwards.
     */
    public static void restore(DatabaseServer server, String bootstrapServers, Path dir, Consumer<String> progress)
            throws Exception {
        BackupManifest manifest = BackupManifest.read(dir);
        String version = serverVersion(server);
        if (BackupManifest.majorVersion(version) != manifest.serverMajorVersion()) {
            throw new IllegalStateException("the backup is of PostgreSQL " + manifest.serverVersion()
                    + "; this server is " + version + ": restore into a server of the same major version");
        }
        PostgresClientTools tools = PostgresClientTools.forMajorVersion(manifest.serverMajorVersion());
        for (String database : manifest.databases()) {
            createEmpty(server, database);
            tools.restore(server, database, dir.resolve(manifest.dumps().get(database)));
            progress.accept("restored " + database);
        }
        StatusHistoryReplay.Result replay = StatusHistoryReplay.replay(bootstrapServers, server, manifest.startedAt());
        progress.accept("report's history: " + replay.read() + " supply-status event(s) since the backup, "
                + replay.replayed() + " written back, " + replay.alreadyHeld() + " already held");
        try (ConsumerPositions positions = new ConsumerPositions(bootstrapServers)) {
            progress.accept("consumer groups set back to " + positions.resetTo(manifest));
        }
    }

    /** Creates the database, or checks that the existing one holds no table yet. */
    private static void createEmpty(DatabaseServer server, String database) throws Exception {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        boolean exists;
        try (Connection c = server.connect("postgres");
                PreparedStatement s = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                exists = rs.next();
            }
            if (!exists) {
                try (Statement create = c.createStatement()) {
                    create.execute("create database " + database);
                }
                return;
            }
        }
        try (Connection c = server.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("database " + database + " is not empty: a restore goes into an "
                        + "empty database (drop it, or restore into a fresh server)");
            }
        }
    }

    private static String serverVersion(DatabaseServer server) throws Exception {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
