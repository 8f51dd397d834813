package org.shortagewatch.portal.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * How far a published notice got over time, for its chart and the table beside it: per period since publication
 * (an hour, a day or a week, as notification groups them), the share of recipients it had been delivered to and the
 * share that had acknowledged it, as percentages.
 */
public final class NoticeReachChart {

    /** One period: its label, the running totals and their shares of the recipients (75.6%). */
    public record Row(String label, long delivered, long acknowledged, String deliveredShare, String acknowledgedShare) {
    }

    /** One point as notification gives it: the period's start and the running totals by its end. */
    public record Point(Instant at, long delivered, long acknowledged) {
    }

    private NoticeReachChart() {
    }

    /** The table's rows, oldest period first. */
    public static List<Row> rows(List<Point> points, long recipients, String bucket, Locale locale) {
        return points.stream().map(p -> new Row(label(p.at(), bucket, locale), p.delivered(), p.acknowledged(),
                Shares.percent(share(p.delivered(), recipients)), Shares.percent(share(p.acknowledged(), recipients))))
                .toList();
    }

    /** The chart: two lines, delivered and acknowledged, in percent of the recipients. */
    public static String chart(List<Point> points, long recipients, String bucket, Locale locale, String delivered,
            String acknowledged) {
        return ChartOptions.lines(points.stream().map(p -> label(p.at(), bucket, locale)).toList(), List.of(
                new ChartOptions.Series(delivered, "#0550ae",
                        points.stream().map(p -> percent(p.delivered(), recipients)).toList()),
                new ChartOptions.Series(acknowledged, "#1a7f37",
                        points.stream().map(p -> percent(p.acknowledged(), recipients)).toList())));
    }

    /** A period as people read it, in Japan time: 12/3 10:00 for an hour, 12/3 for a day, 12/3〜 for a week. */
    public static String label(Instant at, String bucket, Locale locale) {
        ZonedDateTime z = at.atZone(Dates.JAPAN);
        String day = z.getMonthValue() + "/" + z.getDayOfMonth();
        return switch (bucket == null ? "HOUR" : bucket) {
            case "DAY" -> day;
            case "WEEK" -> Languages.isEnglish(locale) ? "week of " + day : day + "〜";
            default -> day + String.format(Locale.ROOT, " %02d:00", z.getHour());
        };
    }

    private static Double share(long count, long recipients) {
        return recipients == 0 ? null : (double) count / recipients;
    }

    private static double percent(long count, long recipients) {
        return recipients == 0 ? 0 : Math.round(1000.0 * count / recipients) / 10.0;
    }
}
