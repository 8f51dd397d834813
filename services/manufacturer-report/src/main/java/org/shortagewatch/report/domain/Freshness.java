package org.shortagewatch.report.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.shortagewatch.events.ShipmentResponse;

/**
 * How fresh a product's status is. A product's status was last confirmed at the latest of its status changes' report
 * times and its confirmations of "no change"; a product in limited shipment or supply stopped is stale when that is
 * longer ago than the configured time ({@code shortagewatch.freshness.stale-after}) at the moment it is judged.
 * Normal shipment, or no status at all, is never stale: nothing asks the maker to repeat it.
 */
public final class Freshness {

    /** A product in a shortage whose status was last confirmed at {@code lastConfirmedAt}. */
    public record Stale(String yjCode, String manufacturerCode, String manufacturerName, String productName,
            ShipmentResponse response, Instant lastConfirmedAt) {
    }

    private final Duration staleAfter;

    public Freshness(Duration staleAfter) {
        if (staleAfter == null || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("stale-after must be positive: " + staleAfter);
        }
        this.staleAfter = staleAfter;
    }

    /**
     * The moment the freshness of day {@code day} is judged: the end of that day in Japan, or {@code now} when that
     * is earlier (today, or a day to come).
     */
    public static Instant judgedAt(LocalDate day, Instant now) {
        Instant endOfDay = day.plusDays(1).atStartOfDay(ReportingDay.JAPAN).toInstant();
        return endOfDay.isBefore(now) ? endOfDay : now;
    }

    /** The latest of the two moments, either of which may be absent (null when both are). */
    public static Instant latest(Instant lastReported, Instant lastConfirmation) {
        if (lastReported == null) {
            return lastConfirmation;
        }
        return lastConfirmation == null || lastReported.isAfter(lastConfirmation) ? lastReported : lastConfirmation;
    }

    /** Whether a product with this status, last confirmed then, is stale at {@code judgedAt}. */
    public boolean isStale(ShipmentResponse response, Instant lastConfirmedAt, Instant judgedAt) {
        return response != null && response.isShort() && lastConfirmedAt != null
                && lastConfirmedAt.isBefore(staleBefore(judgedAt));
    }

    /**
     * A product in a shortage last confirmed before this moment is stale at {@code judgedAt}: the same rule as
     * {@link #isStale}, for a search that asks the database for the stale products only.
     */
    public Instant staleBefore(Instant judgedAt) {
        return judgedAt.minus(staleAfter);
    }

    /**
     * The first of the products a caller names that it may not confirm (unknown, or another organisation's), or
     * null when it may confirm them all.
     *
     * @param holders the holder of each named product that exists
     * @param actsFor whether the caller acts for a holder
     */
    public static String firstNotConfirmable(Collection<String> yjCodes, Map<String, String> holders,
            Predicate<String> actsFor) {
        for (String yj : yjCodes) {
            String holder = holders.get(yj);
            if (holder == null || !actsFor.test(holder)) {
                return yj;
            }
        }
        return null;
    }

    /** Stale products by maker (in code order), each maker's in YJ-code order: one reminder each. */
    public static Map<String, List<Stale>> byMaker(Collection<Stale> stale) {
        Map<String, List<Stale>> byMaker = new TreeMap<>();
        stale.stream().sorted(java.util.Comparator.comparing(Stale::yjCode))
                .forEach(s -> byMaker.computeIfAbsent(s.manufacturerCode(), m -> new ArrayList<>()).add(s));
        return byMaker;
    }
}
