package org.shortagewatch.portal.domain;

import java.util.List;

/**
 * The filters of one service's audit trail that its API has: how many of the newest rows ({@code limit}, 1 to 1000,
 * 50 unless chosen) and from where ({@code beforeId}: the rows older than that id); a value that does not read as a
 * number in range is no filter. Also where the next, older page starts.
 */
public record AuditQuery(int limit, Long beforeId) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    /** The query from the page's typed parameters. */
    public static AuditQuery of(String limit, String beforeId) {
        Integer l = FormInput.linkCount(FormInput.text(limit));
        return new AuditQuery(l == null || l < 1 ? DEFAULT_LIMIT : Math.min(l, MAX_LIMIT), FormInput.id(beforeId));
    }

    /**
     * Where the page after one showing {@code ids} starts: below its smallest id, when the page was full (an
     * emptier page was the oldest); null when there is nothing older.
     */
    public Long olderThan(List<Long> ids) {
        if (ids.size() < limit) {
            return null;
        }
        long smallest = ids.stream().mapToLong(Long::longValue).min().orElse(1);
        return smallest > 1 ? smallest : null;
    }
}
