package org.shortagewatch.notification.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How far a published notice got over time, for the regulator's chart: for each hour (or day, or week) since
 * publication, how many recipients it had been delivered to and how many had acknowledged it by the end of that
 * period. Periods are Japan's (a day starts at midnight in Tokyo, a week on Monday); the ledger is grouped by the
 * same periods in SQL ({@link Bucket#unit()} for {@code date_trunc}).
 */
public final class NoticeTimeline {

    /** The length of one point: hours for the first three days, then days for half a year, then weeks. */
    public enum Bucket {
        HOUR, DAY, WEEK;

        /** Its name for PostgreSQL's {@code date_trunc}. */
        public String unit() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The start of the period {@code t} falls in, in Japan. */
        public Instant start(Instant t) {
            ZonedDateTime local = t.atZone(QuietHours.JAPAN);
            ZonedDateTime start = switch (this) {
                case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
                case DAY -> local.truncatedTo(ChronoUnit.DAYS);
                case WEEK -> local.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            };
            return start.toInstant();
        }

        Instant next(Instant start) {
            ZonedDateTime local = start.atZone(QuietHours.JAPAN);
            ZonedDateTime next = switch (this) {
                case HOUR -> local.plusHours(1);
                case DAY -> local.plusDays(1);
                case WEEK -> local.plusWeeks(1);
            };
            return next.toInstant();
        }
    }

    /** One period: its start, and the recipients delivered to and acknowledging by its end (running totals). */
    public record Point(Instant at, long delivered, long acknowledged) {
    }

    private NoticeTimeline() {
    }

    /** Hours while the notice is at most three days old, days up to half a year, weeks after that. */
    public static Bucket bucketFor(Instant publishedAt, Instant now) {
        Duration age = Duration.between(publishedAt, now);
        return age.compareTo(Duration.ofHours(72)) <= 0 ? Bucket.HOUR
                : age.compareTo(Duration.ofDays(183)) <= 0 ? Bucket.DAY : Bucket.WEEK;
    }

    /**
     * One point per period from the one of publication to the one of {@code now}, each with the running totals of
     * the per-period counts given (keyed by the period's start, as {@link Bucket#start} gives it).
     */
    public static List<Point> cumulative(Instant publishedAt, Instant now, Bucket bucket, Map<Instant, Long> delivered,
            Map<Instant, Long> acknowledged) {
        List<Point> points = new ArrayList<>();
        Instant last = bucket.start(now.isBefore(publishedAt) ? publishedAt : now);
        long d = sumBefore(delivered, bucket.start(publishedAt));
        long a = sumBefore(acknowledged, bucket.start(publishedAt));
        for (Instant at = bucket.start(publishedAt); !at.isAfter(last); at = bucket.next(at)) {
            d += delivered.getOrDefault(at, 0L);
            a += acknowledged.getOrDefault(at, 0L);
            points.add(new Point(at, d, a));
        }
        return points;
    }

    /** What was counted before the first period (a clock a little behind): part of the first point's total. */
    private static long sumBefore(Map<Instant, Long> counts, Instant first) {
        return counts.entrySet().stream().filter(e -> e.getKey().isBefore(first)).mapToLong(Map.Entry::getValue).sum();
    }
}
