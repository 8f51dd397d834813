package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Points per period since publication, periods in Japan, running totals; hours, then days, then weeks. */
class NoticeTimelineTest {

    static final Instant PUBLISHED = Instant.parse("2026-12-03T01:20:00Z"); // 10:20 in Tokyo

    @Test
    void hoursForThreeDaysThenDaysForHalfAYearThenWeeks() {
        assertEquals(NoticeTimeline.Bucket.HOUR, NoticeTimeline.bucketFor(PUBLISHED, PUBLISHED.plusSeconds(72 * 3600)));
        assertEquals(NoticeTimeline.Bucket.DAY, NoticeTimeline.bucketFor(PUBLISHED, PUBLISHED.plusSeconds(73 * 3600)));
        assertEquals(NoticeTimeline.Bucket.WEEK,
                NoticeTimeline.bucketFor(PUBLISHED, PUBLISHED.plusSeconds(200L * 24 * 3600)));
    }

    @Test
    void periodsStartInJapan() {
        assertEquals(Instant.parse("2026-12-03T01:00:00Z"), NoticeTimeline.Bucket.HOUR.start(PUBLISHED));
        assertEquals(Instant.parse("2026-12-02T15:00:00Z"), NoticeTimeline.Bucket.DAY.start(PUBLISHED));
        // Thursday 3 December: the week began on Monday 30 November, midnight in Tokyo
        assertEquals(Instant.parse("2026-11-29T15:00:00Z"), NoticeTimeline.Bucket.WEEK.start(PUBLISHED));
        assertEquals("hour", NoticeTimeline.Bucket.HOUR.unit());
    }

    @Test
    void onePointPerHourWithRunningTotals() {
        Instant h10 = Instant.parse("2026-12-03T01:00:00Z");
        Instant h12 = Instant.parse("2026-12-03T03:00:00Z");
        List<NoticeTimeline.Point> points = NoticeTimeline.cumulative(PUBLISHED, Instant.parse("2026-12-03T03:05:00Z"),
                NoticeTimeline.Bucket.HOUR, Map.of(h10, 40L, h12, 2L), Map.of(h12, 5L));
        assertEquals(List.of(new NoticeTimeline.Point(h10, 40, 0),
                new NoticeTimeline.Point(Instant.parse("2026-12-03T02:00:00Z"), 40, 0),
                new NoticeTimeline.Point(h12, 42, 5)), points);
    }

    @Test
    void countsBeforeTheFirstPeriodJoinTheFirstPoint() {
        List<NoticeTimeline.Point> points = NoticeTimeline.cumulative(PUBLISHED, PUBLISHED, NoticeTimeline.Bucket.HOUR,
                Map.of(Instant.parse("2026-12-03T00:00:00Z"), 3L), Map.of());
        assertEquals(List.of(new NoticeTimeline.Point(Instant.parse("2026-12-03T01:00:00Z"), 3, 0)), points);
    }
}
