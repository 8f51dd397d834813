package org.shortagewatch.local.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Where the services' databases are and whom to connect as: a role that may read every table (a backup) or create
 * the databases and own what it restores (a restore). Read from libpq's own variables ({@code PGHOST}, {@code PGPORT},
 * {@code PGUSER}, {@code PGPASSWORD}); without them, the local run's server ({@code localhost:15432}, {@code postgres}).
 */
public record DatabaseServer(String host, int port, String user, String password) {

    public static DatabaseServer fromEnvironment(Map<String, String> env) {
        return new DatabaseServer(env.getOrDefault("PGHOST", "localhost"),
                Integer.parseInt(env.getOrDefault("PGPORT", "15432")), env.getOrDefault("PGUSER", "postgres"),
                env.getOrDefault("PGPASSWORD", "postgres"));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    /** The password for libpq's programs, in their environment (never on their command line). */
    Map<String, String> passwordEnvironment() {
        return Map.of("PGPASSWORD", password);
    }
}
