package org.shortagewatch.portal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The organisation's recent status changes, from its products' histories: every product's changes together, the
 * latest report first (of two reported at the same instant, the later effective date first), at most a page of them.
 */
public final class RecentChanges {

    private RecentChanges() {
    }

    /**
     * The {@code limit} most recently reported of the changes in {@code histories}.
     *
     * @param reportedAt when a change was reported (null sorts last)
     * @param effective the day it takes effect, for ties (null sorts last)
     */
    public static <T> List<T> newestFirst(List<List<T>> histories, Function<T, Instant> reportedAt,
            Function<T, LocalDate> effective, int limit) {
        Comparator<T> order = Comparator.comparing(reportedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparing(effective, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
        return histories.stream().flatMap(List::stream).sorted(order).limit(Math.max(0, limit)).toList();
    }
}
