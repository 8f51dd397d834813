package org.shortagewatch.report.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.ShipmentResponse;

/**
 * Products by shipment response week by week, for trends: ISO weeks (Monday to Sunday) from the week of the first day
 * asked for to the week of the last, each week's figures as of its Sunday, as the national tables would have been
 * computed that day.
 */
public final class WeeklyTrend {

    /** The most weeks one series covers (five years), so one request cannot ask for centuries of weeks. */
    public static final int MAX_WEEKS = 260;

    /** An ISO week: {@code label} such as 2023-W48, from Monday {@code start} to Sunday {@code end}. */
    public record Week(String label, LocalDate start, LocalDate end) {

        static Week of(LocalDate monday) {
            return new Week("%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
        }
    }

    /** A range refused, naming the query parameter to correct. */
    public record Refusal(String field, Text message) {
    }

    /** How many products had a response as of a week's last day. */
    public record Count(LocalDate weekEnd, ShipmentResponse response, long products) {
    }

    /** One week's figures: products per response (every response present) and the responders in all. */
    public record Line(Week week, Map<ShipmentResponse, Long> byResponse, long responded) {
    }

    private WeeklyTrend() {
    }

    /** Why the range from {@code from} to {@code to} cannot be a series, or null when it can. */
    public static Refusal check(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return new Refusal("to", Text.of("終了日 " + to + " が開始日 " + from + " より前です",
                    to + " is before from (" + from + ")"));
        }
        long weeks = ChronoUnit.WEEKS.between(monday(from), monday(to)) + 1;
        if (weeks > MAX_WEEKS) {
            return new Refusal("to", Text.of(weeks + " 週にわたっています。一度に求められるのは " + MAX_WEEKS + " 週までです",
                    "spans " + weeks + " weeks: at most " + MAX_WEEKS + " at once"));
        }
        return null;
    }

    /** The ISO weeks from the week of {@code from} to the week of {@code to}, oldest first (a checked range). */
    public static List<Week> weeks(LocalDate from, LocalDate to) {
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = monday(from); !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            weeks.add(Week.of(monday));
        }
        return weeks;
    }

    /** Each week's line from the counts as of its end (weeks without counts are all zero). */
    public static List<Line> lines(List<Week> weeks, List<Count> counts) {
        Map<LocalDate, Map<ShipmentResponse, Long>> byEnd = new HashMap<>();
        for (Count count : counts) {
            byEnd.computeIfAbsent(count.weekEnd(), d -> new EnumMap<>(ShipmentResponse.class))
                    .merge(count.response(), count.products(), Long::sum);
        }
        List<Line> lines = new ArrayList<>(weeks.size());
        for (Week week : weeks) {
            Map<ShipmentResponse, Long> byResponse = new EnumMap<>(ShipmentResponse.class);
            Map<ShipmentResponse, Long> found = byEnd.getOrDefault(week.end(), Map.of());
            long responded = 0;
            for (ShipmentResponse response : ShipmentResponse.values()) {
                long n = found.getOrDefault(response, 0L);
                byResponse.put(response, n);
                responded += n;
            }
            lines.add(new Line(week, byResponse, responded));
        }
        return lines;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
