package org.shortagewatch.local.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL's own client programs, {@code pg_dump} and {@code pg_restore}, of the server's major version. zonky's
 * embedded distribution (deploy/infra) ships only the server ({@code initdb}, {@code pg_ctl}, {@code postgres}), so
 * these come from the machine: Debian's {@code postgresql-client-15} ({@code /usr/lib/postgresql/15/bin}, on the
 * project's machines; {@code apt-get install postgresql-client-15} elsewhere), or the directory named by
 * {@code SHORTAGEWATCH_PG_BIN}. A {@code pg_dump} older than the server refuses to dump it, and a newer one writes
 * archives an older {@code pg_restore} cannot read, so the tools must be the server's major version.
 */
public final class PostgresClientTools {

    private final Path bin;

    private PostgresClientTools(Path bin) {
        this.bin = bin;
    }

    /** The client programs of this major version; fails naming the package to install when there are none. */
    public static PostgresClientTools forMajorVersion(int major) throws IOException, InterruptedException {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv("SHORTAGEWATCH_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        candidates.add(Path.of("/usr/lib/postgresql/" + major + "/bin"));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir));
                }
            }
        }
        List<String> seen = new ArrayList<>();
        for (Path dir : candidates) {
            Path dump = dir.resolve("pg_dump");
            if (Files.isExecutable(dump) && Files.isExecutable(dir.resolve("pg_restore"))) {
                String version = run(List.of(dump.toString(), "--version"), Map.of()).trim();
                seen.add(dump + ": " + version);
                if (BackupManifest.majorVersion(version) == major) {
                    return new PostgresClientTools(dir);
                }
            }
        }
        throw new IllegalStateException("no pg_dump and pg_restore of PostgreSQL " + major + " on this machine (found: "
                + (seen.isEmpty() ? "none" : String.join("; ", seen)) + "); install Debian's postgresql-client-" + major
                + " (apt-get install postgresql-client-" + major + "), or name their directory in SHORTAGEWATCH_PG_BIN");
    }

    /** Dumps one database in the custom format (one consistent snapshot of it) into {@code file}. */
    public void dump(DatabaseServer server, String database, Path file) throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_dump").toString(), "--format=custom", "--no-password",
                "--host=" + server.host(), "--port=" + server.port(), "--username=" + server.user(),
                "--file=" + file, database), server.passwordEnvironment());
    }

    /**
     * Restores a dump into an existing empty database as the connecting user, who then owns every object. Owners
     * and grants are not restored: the roles of the old server need not exist here, and each service grants its
     * runtime role what it needs at its next start (Flyway's afterMigrate callback, docs/operations.md section 5).
     */
    public void restore(DatabaseServer server, String database, Path file) throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_restore").toString(), "--exit-on-error", "--single-transaction", "--no-owner",
                "--no-privileges", "--no-password", "--host=" + server.host(), "--port=" + server.port(),
                "--username=" + server.user(), "--dbname=" + database, file.toString()), server.passwordEnvironment());
    }

    private static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
