package org.shortagewatch.allocation.persistence;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What the upserts ({@code insert ... on conflict ... do update}) of this service share. */
final class Upserts {

    private Upserts() {
    }

    /**
     * The assignments of a {@code do update set} that give each of {@code columns} the value the insert proposed:
     * {@code a = excluded.a, b = excluded.b}.
     */
    static String proposed(String... columns) {
        return Arrays.stream(columns).map(column -> column + " = excluded." + column).collect(Collectors.joining(", "));
    }
}
