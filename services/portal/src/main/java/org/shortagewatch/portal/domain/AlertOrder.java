package org.shortagewatch.portal.domain;

import java.util.Comparator;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** The order of the alerts page: unread alerts first, then the read ones, each group newest first. */
public final class AlertOrder {

    private AlertOrder() {
    }

    /** Unread before read, then by inbox position, highest (newest) first. */
    public static <T> Comparator<T> unreadFirstNewestFirst(Predicate<T> read, ToLongFunction<T> position) {
        return Comparator.comparing((T alert) -> read.test(alert))
                .thenComparing(Comparator.comparingLong(position).reversed());
    }
}
