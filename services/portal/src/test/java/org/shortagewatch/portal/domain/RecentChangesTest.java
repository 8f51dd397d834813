package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecentChangesTest {

    record Change(String name, Instant reportedAt, LocalDate effective) {
    }

    private static Change change(String name, String reportedAt, String effective) {
        return new Change(name, reportedAt == null ? null : Instant.parse(reportedAt),
                effective == null ? null : LocalDate.parse(effective));
    }

    @Test
    void everyProductsChangesTogetherTheLatestReportFirst() {
        Change a1 = change("a1", "2026-12-01T01:00:00Z", "2026-12-01");
        Change a2 = change("a2", "2026-12-03T01:00:00Z", "2026-12-03");
        Change b1 = change("b1", "2026-12-02T01:00:00Z", "2026-12-02");
        Change b2 = change("b2", "2026-12-03T01:00:00Z", "2026-12-10");
        Change none = change("none", null, null);
        assertEquals(List.of(b2, a2, b1, a1, none), RecentChanges.newestFirst(List.of(List.of(a1, a2),
                List.of(b1, none, b2)), Change::reportedAt, Change::effective, 10));
    }

    @Test
    void atMostTheLimit() {
        Change a = change("a", "2026-12-01T01:00:00Z", "2026-12-01");
        Change b = change("b", "2026-12-02T01:00:00Z", "2026-12-01");
        assertEquals(List.of(b), RecentChanges.newestFirst(List.of(List.of(a, b)), Change::reportedAt,
                Change::effective, 1));
        assertEquals(List.of(), RecentChanges.newestFirst(List.of(), Change::reportedAt, Change::effective, 5));
    }
}
