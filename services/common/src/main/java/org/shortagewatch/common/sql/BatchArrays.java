package org.shortagewatch.common.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way a service sends a batch to SQL, on the Vert.x SQL client: one typed array per column, bound as a
 * parameter and unnested in the statement, {@code unnest($1::text[], $2::bigint[]) with ordinality as r(code, units,
 * n)}, in list order. The cast is needed: without it PostgreSQL cannot tell which {@code unnest} is meant ("function
 * unnest(unknown) is not unique"). Arrays are boxed ({@code Long[]}, not {@code long[]}), so a null value stays a
 * null element. JSON documents travel as {@code text[]} and are cast to {@code jsonb} element by element: cast to
 * {@code jsonb[]} directly, each text would be stored as a JSON string.
 */
public final class BatchArrays {

    private BatchArrays() {
    }

    /** A {@code text[]} column (also for {@code uuid} and {@code jsonb} values written as text). */
    public static <T> String[] text(List<T> rows, Function<? super T, String> column) {
        return rows.stream().map(column).toArray(String[]::new);
    }

    /** A {@code uuid[]} column. */
    public static <T> UUID[] uuid(List<T> rows, Function<? super T, UUID> column) {
        return rows.stream().map(column).toArray(UUID[]::new);
    }

    /** A {@code date[]} column. */
    public static <T> LocalDate[] date(List<T> rows, Function<? super T, LocalDate> column) {
        return rows.stream().map(column).toArray(LocalDate[]::new);
    }

    /** A {@code bigint[]} column ({@code $n::bigint[]}). */
    public static <T> Long[] int8(List<T> rows, Function<? super T, Long> column) {
        return rows.stream().map(column).toArray(Long[]::new);
    }

    /** An {@code integer[]} column ({@code $n::int[]}). */
    public static <T> Integer[] int4(List<T> rows, Function<? super T, Integer> column) {
        return rows.stream().map(column).toArray(Integer[]::new);
    }

    /** A {@code float8[]} column ({@code $n::float8[]}). */
    public static <T> Double[] float8(List<T> rows, Function<? super T, Double> column) {
        return rows.stream().map(column).toArray(Double[]::new);
    }

    /** A {@code boolean[]} column ({@code $n::boolean[]}). */
    public static <T> Boolean[] booleans(List<T> rows, Function<? super T, Boolean> column) {
        return rows.stream().map(column).toArray(Boolean[]::new);
    }

    /** A {@code timestamptz[]} column ({@code $n::timestamptz[]}) of instants. */
    public static <T> OffsetDateTime[] timestamptz(List<T> rows, Function<? super T, Instant> column) {
        return rows.stream().map(column)
                .map(instant -> instant == null ? null : instant.atOffset(ZoneOffset.UTC))
                .toArray(OffsetDateTime[]::new);
    }
}
