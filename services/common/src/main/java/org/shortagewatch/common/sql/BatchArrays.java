package org.shortagewatch.common.sql;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The one way a service sends a batch to SQL: one typed array per column, bound as a parameter and unnested in the
 * statement. On the Vert.x SQL client, {@code unnest($1::text[], $2::bigint[]) with ordinality as r(code, units, n)}
 * with boxed arrays ({@link #int8}, {@link #booleans}, {@link #timestamptz}); on the Hibernate Reactive session,
 * {@code unnest(cast(:codes as text[]), cast(:units as bigint[])) with ordinality as r(code, units, n)}. The cast is
 * needed: without it PostgreSQL cannot tell which {@code unnest} is meant ("function unnest(unknown) is not
 * unique"). A null value stays a null element.
 *
 * <p>Instants travel as UTC {@code timestamp[]} ({@link #utc}) and become {@code timestamptz} in the statement
 * with {@code at time zone 'UTC'}: Hibernate Reactive binds an {@code Instant[]} or {@code OffsetDateTime[]} as an
 * {@code Instant[]}, which the Vert.x PostgreSQL client refuses for a {@code timestamptz[]} ("can not be coerced to
 * the expected class [[Ljava.time.OffsetDateTime;]"). JSON documents travel as {@code text[]} and are cast to
 * {@code jsonb} element by element: cast to {@code jsonb[]} directly, each text would be stored as a JSON string.
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

    /** A {@code bigint[]} column; its values are never null. */
    public static <T> long[] bigint(List<T> rows, ToLongFunction<? super T> column) {
        return rows.stream().mapToLong(column).toArray();
    }

    /** A {@code boolean[]} column; its values are never null. */
    public static <T> boolean[] bool(List<T> rows, Predicate<? super T> column) {
        boolean[] out = new boolean[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = column.test(rows.get(i));
        }
        return out;
    }

    /** A {@code date[]} column. */
    public static <T> LocalDate[] date(List<T> rows, Function<? super T, LocalDate> column) {
        return rows.stream().map(column).toArray(LocalDate[]::new);
    }

    /** A {@code bigint[]} column for the SQL client ({@code $n::bigint[]}); a null value stays a null element. */
    public static <T> Long[] int8(List<T> rows, Function<? super T, Long> column) {
        return rows.stream().map(column).toArray(Long[]::new);
    }

    /** An {@code integer[]} column for the SQL client ({@code $n::int[]}). */
    public static <T> Integer[] int4(List<T> rows, Function<? super T, Integer> column) {
        return rows.stream().map(column).toArray(Integer[]::new);
    }

    /** A {@code boolean[]} column for the SQL client ({@code $n::boolean[]}). */
    public static <T> Boolean[] booleans(List<T> rows, Function<? super T, Boolean> column) {
        return rows.stream().map(column).toArray(Boolean[]::new);
    }

    /** A {@code timestamptz[]} column for the SQL client ({@code $n::timestamptz[]}), no time-zone conversion. */
    public static <T> OffsetDateTime[] timestamptz(List<T> rows, Function<? super T, Instant> column) {
        return rows.stream().map(column)
                .map(instant -> instant == null ? null : instant.atOffset(ZoneOffset.UTC))
                .toArray(OffsetDateTime[]::new);
    }

    /** A column of instants as UTC {@code timestamp[]}, to read with {@code at time zone 'UTC'}. */
    public static <T> LocalDateTime[] utc(List<T> rows, Function<? super T, Instant> column) {
        return rows.stream().map(column)
                .map(instant -> instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC))
                .toArray(LocalDateTime[]::new);
    }
}
