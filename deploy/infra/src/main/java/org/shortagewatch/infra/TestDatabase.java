package org.shortagewatch.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plain JDBC to the database of the service under test, as that service's configuration names it (embedded or
 * Dev Services alike): a test's independent look at what was, or was not, stored.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** A connection as the datasource's user (in tests the superuser, who may bypass triggers). */
    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    /** The single number a {@code select count(*) ...} query answers; {@code ?} placeholders take the parameters. */
    public static long count(String countQuery, String... parameters) throws SQLException {
        return single(countQuery, parameters, rs -> rs.getLong(1));
    }

    /** The single text value (null: none) a query answers; {@code ?} placeholders take the parameters. */
    public static String string(String query, String... parameters) throws SQLException {
        return single(query, parameters, rs -> rs.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T single(String sql, String[] parameters, Column<T> column) throws SQLException {
        try (Connection c = connect(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? column.read(rs) : null;
            }
        }
    }

    public static void execute(String sql) throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute(sql);
        }
    }
}
