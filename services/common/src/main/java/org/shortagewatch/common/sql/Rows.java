package org.shortagewatch.common.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * What every SQL-client read shares: a result as a list or its first row, and the column types {@code Row} has no
 * getter for (and their parameters).
 */
public final class Rows {

    private Rows() {
    }

    /** Every row of the result, mapped by {@code mapper}, in the order the database answered. */
    public static <T> List<T> list(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> out = new ArrayList<>(rows.size());
        rows.forEach(row -> out.add(mapper.apply(row)));
        return out;
    }

    /** The first row of the result, mapped by {@code mapper}, or empty where there is none (a lookup by key). */
    public static <T> Optional<T> first(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
    }

    /** A {@code text[]} column as a set (empty for an empty array). */
    public static Set<String> strings(Row row, String column) {
        return new HashSet<>(Arrays.asList(row.getArrayOfStrings(column)));
    }

    /** A {@code timestamptz} column as an instant, or null. */
    public static Instant instant(Row row, String column) {
        OffsetDateTime at = row.getOffsetDateTime(column);
        return at == null ? null : at.toInstant();
    }

    /** An instant as the SQL client binds it to a {@code timestamptz} parameter, or null. */
    public static OffsetDateTime timestamptz(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
