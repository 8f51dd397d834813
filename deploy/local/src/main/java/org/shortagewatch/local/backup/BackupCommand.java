package org.shortagewatch.local.backup;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code deploy/local/backup <dir>} and {@code deploy/local/restore <dir>}: the databases from libpq's variables
 * ({@link DatabaseServer#fromEnvironment}), Kafka from {@code KAFKA_BOOTSTRAP_SERVERS}; without them, the local run's.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("usage: backup <dir> | restore <dir>");
            System.exit(64);
        }
        Map<String, String> env = System.getenv();
        DatabaseServer server = DatabaseServer.fromEnvironment(env);
        String kafka = env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:19092");
        Path dir = Path.of(args[1]).toAbsolutePath();
        if (args[0].equals("backup")) {
            Backups.backup(server, kafka, dir, System.out::println);
        } else {
            Backups.restore(server, kafka, dir, System.out::println);
        }
    }
}
