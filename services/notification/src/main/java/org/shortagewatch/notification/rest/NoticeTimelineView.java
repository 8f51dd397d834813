package org.shortagewatch.notification.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.shortagewatch.notification.domain.NoticeTimeline;
import org.shortagewatch.notification.service.NoticeReader;

/**
 * How far a notice got over time, as the regulator's chart draws it: one point per {@code bucket} (HOUR, DAY or WEEK,
 * periods in Japan) since publication, each with the running totals of recipients delivered to and acknowledging.
 */
public record NoticeTimelineView(UUID noticeId, String status, Instant publishedAt, long recipients, String bucket,
        List<NoticeTimeline.Point> points) {

    static NoticeTimelineView of(NoticeReader.Timeline t) {
        return new NoticeTimelineView(t.notice().id, t.notice().status.name(), t.notice().publishedAt, t.recipients(),
                t.bucket().name(), t.points());
    }
}
