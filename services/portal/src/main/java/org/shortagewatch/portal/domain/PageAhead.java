package org.shortagewatch.portal.domain;

import java.util.List;

/**
 * A page of a list that was asked for one item more than the page shows, so the page knows whether another follows
 * (and never links to an empty one).
 *
 * @param items what the page shows
 * @param more whether items follow
 */
public record PageAhead<T>(List<T> items, boolean more) {

    /** The page of {@code size} items out of {@code read}, which holds up to {@code size + 1}. */
    public static <T> PageAhead<T> of(List<T> read, int size) {
        return read.size() > size ? new PageAhead<>(List.copyOf(read.subList(0, size)), true)
                : new PageAhead<>(read, false);
    }

    /** The last item shown, after which the next page starts; null when none follows. */
    public T last() {
        return more ? items.get(items.size() - 1) : null;
    }
}
