package org.shortagewatch.report.domain;

import org.shortagewatch.events.YjCodes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;

/**
 * The manufacturer supply-reliability scorecard, computed from every product's status timeline up to a day.
 *
 * <p>Method (also stated in the service's README):
 * <ul>
 * <li>A product's timeline is its changes in effective-date order; of changes effective the same day, the highest
 * revision holds. Only changes effective on or before the day count.</li>
 * <li><b>Normal share</b>: of the manufacturer's products with a reported status on the day, the share in normal
 * shipment.</li>
 * <li><b>Episodes</b>: a limited episode is a run of days in any limited shipment (2 to 4); a stopped episode a run of
 * days in supply stopped (5). Its duration runs from its first day to the first day of a different kind of status, or
 * to the day for one still open. Counted and summed (days) per manufacturer.</li>
 * <li><b>Resolution outlooks</b>: each distinct (product, expected resolution date) stated with a shortage is a
 * promise; it is due when that date is on or before the day, and kept when the product was back to normal shipment on
 * or before that date (after the statement). A statement counts only if it held at the end of the day it was
 * reported: a correction the same day replaces it.</li>
 * <li><b>Help to others</b>: days on which one of the manufacturer's products shipped with volume A+ (出荷量増加) while
 * another manufacturer's product of the same ingredient (first 7 characters of the YJ code) was limited or stopped.
 * </li>
 * <li><b>Advance notice</b>: of its changes to a limited shipment or a stop, how many a supply-risk report announced
 * ahead, and the median lead time ({@link AdvanceNotice}).</li>
 * <li><b>Stale products</b>: of its products limited or stopped on the day, how many were stale then
 * ({@link Freshness}).</li>
 * </ul>
 */
public final class Scorecard {

    /**
     * One change on a product's timeline.
     *
     * @param reportedOn the day (in Japan) it was reported: of the statements reported the same day, only the last
     *        states a resolution date
     */
    public record Point(LocalDate effectiveDate, long revision, ShipmentResponse response, LocalDate expectedResolution,
            ShipmentVolume volume, LocalDate reportedOn) {

        /** A change reported on the day it took effect. */
        public Point(LocalDate effectiveDate, long revision, ShipmentResponse response, LocalDate expectedResolution,
                ShipmentVolume volume) {
            this(effectiveDate, revision, response, expectedResolution, volume, effectiveDate);
        }
    }

    /**
     * A product, its holder and its changes (any order).
     *
     * @param lastConfirmedAt when its status was last reported or confirmed by the end of the day (null when never)
     */
    public record Timeline(String yjCode, String manufacturerCode, String manufacturerName, List<Point> changes,
            Instant lastConfirmedAt) {

        /** A product whose status was never reported or confirmed. */
        public Timeline(String yjCode, String manufacturerCode, String manufacturerName, List<Point> changes) {
            this(yjCode, manufacturerCode, manufacturerName, changes, null);
        }
    }

    /**
     * One manufacturer's line.
     *
     * @param staleProducts of its products in limited shipment or supply stopped on the day, how many were stale
     *        (not reported or confirmed for too long, {@link Freshness})
     */
    public record Line(String manufacturerCode, String manufacturerName, int products, int productsReported,
            int productsNormal, Double normalShare, int limitedEpisodes, long limitedDays, int stoppedEpisodes,
            long stoppedDays, int openEpisodes, int resolutionDatesDue, int resolutionDatesKept,
            Double resolutionDatesKeptShare, int productsHelpingOthers, long daysHelpingOthers,
            AdvanceNotice.Summary advanceNotice, int staleProducts) {

        /** The line with the maker's advance notice (none: no changes to a shortage). */
        public Line withAdvanceNotice(AdvanceNotice.Summary summary) {
            return new Line(manufacturerCode, manufacturerName, products, productsReported, productsNormal,
                    normalShare, limitedEpisodes, limitedDays, stoppedEpisodes, stoppedDays, openEpisodes,
                    resolutionDatesDue, resolutionDatesKept, resolutionDatesKeptShare, productsHelpingOthers,
                    daysHelpingOthers, summary == null ? new AdvanceNotice.Summary(0, 0, null, null) : summary,
                    staleProducts);
        }
    }

    private Scorecard() {
    }

    /** Every manufacturer's line, judging no product stale. */
    public static List<Line> compute(List<Timeline> timelines, LocalDate asOf) {
        return compute(timelines, asOf, null, null);
    }

    /**
     * One manufacturer's line from its products' timelines and those of the products sharing an ingredient with one
     * of them (other timelines change nothing in it); empty when it holds none of the products.
     */
    public static Optional<Line> lineOf(String manufacturerCode, List<Timeline> timelines, LocalDate asOf,
            Freshness freshness, Instant judgedAt) {
        return compute(timelines, asOf, freshness, judgedAt).stream()
                .filter(line -> line.manufacturerCode().equals(manufacturerCode)).findFirst();
    }

    /**
     * Every manufacturer's line, in code order; a product in a shortage on the day is stale by {@code freshness} at
     * {@code judgedAt} ({@link Freshness#judgedAt}; without a rule none is).
     */
    public static List<Line> compute(List<Timeline> timelines, LocalDate asOf, Freshness freshness,
            Instant judgedAt) {
        Map<String, Acc> byManufacturer = new TreeMap<>();
        Map<String, List<Interval>> shortByIngredient = new HashMap<>();
        List<Effective> effective = new ArrayList<>(timelines.size());
        for (Timeline t : timelines) {
            List<Point> points = settled(t.changes(), asOf);
            Effective e = new Effective(t, points);
            effective.add(e);
            Acc acc = byManufacturer.computeIfAbsent(t.manufacturerCode(), code -> new Acc(t.manufacturerName()));
            acc.products++;
            if (points.isEmpty()) {
                continue;
            }
            acc.reported++;
            ShipmentResponse onTheDay = points.get(points.size() - 1).response();
            if (onTheDay == ShipmentResponse.NORMAL) {
                acc.normal++;
            } else if (freshness != null && freshness.isStale(onTheDay, t.lastConfirmedAt(), judgedAt)) {
                acc.stale++;
            }
            episodes(points, asOf, acc);
            promises(t.changes(), points, asOf, acc);
            for (Interval shortage : runs(points, asOf, p -> p.response().isShort())) {
                shortByIngredient.computeIfAbsent(YjCodes.ingredientKey(t.yjCode()), k -> new ArrayList<>())
                        .add(shortage.of(t.manufacturerCode()));
            }
        }
        for (Effective e : effective) {
            List<Interval> others = shortByIngredient.getOrDefault(YjCodes.ingredientKey(e.timeline.yjCode()), List.of())
                    .stream().filter(i -> !i.owner().equals(e.timeline.manufacturerCode())).toList();
            if (others.isEmpty()) {
                continue;
            }
            long days = 0;
            for (Interval plus : runs(e.points, asOf, p -> p.volume() == ShipmentVolume.A_PLUS)) {
                days += overlapDays(plus, others);
            }
            if (days > 0) {
                Acc acc = byManufacturer.get(e.timeline.manufacturerCode());
                acc.helping++;
                acc.helpDays += days;
            }
        }
        List<Line> lines = new ArrayList<>();
        byManufacturer.forEach((code, a) -> lines.add(new Line(code, a.name, a.products, a.reported, a.normal,
                a.reported == 0 ? null : (double) a.normal / a.reported, a.limitedEpisodes, a.limitedDays,
                a.stoppedEpisodes, a.stoppedDays, a.open, a.due, a.kept, a.due == 0 ? null : (double) a.kept / a.due,
                a.helping, a.helpDays, new AdvanceNotice.Summary(0, 0, null, null), a.stale)));
        return lines;
    }

    private static final class Acc {
        final String name;
        int products, reported, normal, limitedEpisodes, stoppedEpisodes, open, due, kept, helping, stale;
        long limitedDays, stoppedDays, helpDays;

        Acc(String name) {
            this.name = name;
        }
    }

    private record Effective(Timeline timeline, List<Point> points) {
    }

    /** Days [start, end) with an owner. */
    record Interval(LocalDate start, LocalDate end, String owner) {
        Interval of(String owner) {
            return new Interval(start, end, owner);
        }
    }

    /** The changes that held, in order: effective on or before the day, the last revision of each day. */
    static List<Point> settled(List<Point> changes, LocalDate asOf) {
        Map<LocalDate, Point> byDay = new TreeMap<>();
        for (Point p : changes) {
            if (!p.effectiveDate().isAfter(asOf)) {
                byDay.merge(p.effectiveDate(), p, (a, b) -> a.revision() >= b.revision() ? a : b);
            }
        }
        return new ArrayList<>(byDay.values());
    }

    private static void episodes(List<Point> points, LocalDate asOf, Acc acc) {
        for (Interval run : runs(points, asOf, p -> p.response() == ShipmentResponse.STOPPED)) {
            acc.stoppedEpisodes++;
            acc.stoppedDays += ChronoUnit.DAYS.between(run.start(), run.end());
            if (run.end().isAfter(asOf)) {
                acc.open++;
            }
        }
        for (Interval run : runs(points, asOf, p -> p.response().isShort()
                && p.response() != ShipmentResponse.STOPPED)) {
            acc.limitedEpisodes++;
            acc.limitedDays += ChronoUnit.DAYS.between(run.start(), run.end());
            if (run.end().isAfter(asOf)) {
                acc.open++;
            }
        }
    }

    /**
     * Maximal runs of days on which the condition held; a run still holding on the day ends the day after it (so
     * the day itself counts).
     */
    static List<Interval> runs(List<Point> points, LocalDate asOf, Predicate<Point> holds) {
        List<Interval> runs = new ArrayList<>();
        LocalDate start = null;
        for (Point p : points) {
            if (holds.test(p) && start == null) {
                start = p.effectiveDate();
            } else if (!holds.test(p) && start != null) {
                runs.add(new Interval(start, p.effectiveDate(), ""));
                start = null;
            }
        }
        if (start != null) {
            runs.add(new Interval(start, asOf.plusDays(1), ""));
        }
        return runs;
    }

    private static void promises(List<Point> changes, List<Point> settled, LocalDate asOf, Acc acc) {
        Set<LocalDate> counted = new HashSet<>();
        for (Point statement : heldAtEndOfTheirDay(changes)) {
            LocalDate promised = statement.expectedResolution();
            if (promised == null || promised.isAfter(asOf) || statement.effectiveDate().isAfter(asOf)
                    || !counted.add(promised)) {
                continue;
            }
            acc.due++;
            boolean kept = settled.stream().anyMatch(p -> p.response() == ShipmentResponse.NORMAL
                    && p.effectiveDate().isAfter(statement.effectiveDate()) && !p.effectiveDate().isAfter(promised));
            if (kept) {
                acc.kept++;
            }
        }
    }

    /**
     * The statements that held at the end of the day they were reported (the last revision reported that day), in
     * effective-date order: a same-day correction replaces the earlier report.
     */
    static List<Point> heldAtEndOfTheirDay(List<Point> changes) {
        Map<LocalDate, Point> lastOfDay = new HashMap<>();
        for (Point p : changes) {
            lastOfDay.merge(p.reportedOn(), p, (a, b) -> a.revision() >= b.revision() ? a : b);
        }
        List<Point> held = new ArrayList<>(lastOfDay.values());
        held.sort(Comparator.comparing(Point::effectiveDate).thenComparing(Point::revision));
        return held;
    }

    /** Days of {@code run} on which at least one of {@code others} held. */
    private static long overlapDays(Interval run, List<Interval> others) {
        List<Interval> clipped = new ArrayList<>();
        for (Interval o : others) {
            LocalDate s = o.start().isAfter(run.start()) ? o.start() : run.start();
            LocalDate e = o.end().isBefore(run.end()) ? o.end() : run.end();
            if (s.isBefore(e)) {
                clipped.add(new Interval(s, e, ""));
            }
        }
        clipped.sort(Comparator.comparing(Interval::start));
        long days = 0;
        LocalDate coveredTo = null;
        for (Interval i : clipped) {
            LocalDate s = coveredTo != null && coveredTo.isAfter(i.start()) ? coveredTo : i.start();
            if (s.isBefore(i.end())) {
                days += ChronoUnit.DAYS.between(s, i.end());
                coveredTo = i.end();
            }
        }
        return days;
    }
}
