package org.shortagewatch.report.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.shortagewatch.events.ShipmentResponse;

/**
 * The chain of a shortage: which products named a product as the cause of their limited shipment (限定出荷（他社品の
 * 影響）, ⑰ the cause product) and when, set against the product's own supply stop.
 *
 * <p>A timeline is a product's changes in effective-date order, one per day (of changes effective the same day, the
 * highest revision). A product names the cause from the first day of a status naming it to the first day of a status
 * that does not (open when still named on the day asked about). The stop is the product's latest run of days in
 * supply stopped that began on or before the day, from its first day to the first day of a different status.
 */
public final class CauseChain {

    /** One day's status on a timeline: its response and the cause product it names (null when none). */
    public record Point(LocalDate effectiveDate, ShipmentResponse response, String causeYjCode) {
    }

    /** A product and its timeline, oldest first. */
    public record Timeline(String yjCode, String productName, String manufacturerName, List<Point> points) {
    }

    /** A run of days: from {@code from} to the day before {@code until}; {@code until} null while it lasts. */
    public record Period(LocalDate from, LocalDate until) {

        boolean overlapsFrom(LocalDate day) {
            return until == null || until.isAfter(day);
        }
    }

    /** A product that named the cause over a period. */
    public record Effect(String yjCode, String productName, String manufacturerName, Period period) {
    }

    private CauseChain() {
    }

    /** The product's latest stop begun on or before {@code asOf}, or null when it was never stopped by then. */
    public static Period latestStop(List<Point> timeline, LocalDate asOf) {
        List<Period> stops = runs(timeline, asOf, p -> p.response() == ShipmentResponse.STOPPED);
        return stops.isEmpty() ? null : stops.get(stops.size() - 1);
    }

    /**
     * Every period, up to {@code asOf}, in which one of {@code others} named {@code causeYjCode} as its cause and
     * which had not ended by {@code since}: ordered by its first day, then YJ code.
     */
    public static List<Effect> effectsSince(String causeYjCode, List<Timeline> others, LocalDate since,
            LocalDate asOf) {
        List<Effect> effects = new ArrayList<>();
        for (Timeline other : others) {
            for (Period period : runs(other.points(), asOf, p -> causeYjCode.equals(p.causeYjCode()))) {
                if (period.overlapsFrom(since)) {
                    effects.add(new Effect(other.yjCode(), other.productName(), other.manufacturerName(), period));
                }
            }
        }
        effects.sort(Comparator.comparing((Effect e) -> e.period().from()).thenComparing(Effect::yjCode));
        return effects;
    }

    /** The runs of consecutive points on or before {@code asOf} that satisfy {@code in}. */
    private static List<Period> runs(List<Point> timeline, LocalDate asOf, Predicate<Point> in) {
        List<Period> runs = new ArrayList<>();
        LocalDate start = null;
        for (Point point : timeline) {
            if (point.effectiveDate().isAfter(asOf)) {
                break;
            }
            if (in.test(point) && start == null) {
                start = point.effectiveDate();
            } else if (!in.test(point) && start != null) {
                runs.add(new Period(start, point.effectiveDate()));
                start = null;
            }
        }
        if (start != null) {
            runs.add(new Period(start, null));
        }
        return runs;
    }
}
