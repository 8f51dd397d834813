package org.shortagewatch.allocation.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.shortagewatch.allocation.domain.CannotObtainClusterDetector.Report;
import org.shortagewatch.allocation.domain.OrderSurgeDetector.Demand;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply;
import org.shortagewatch.events.AllocationPlanPublished;

/** Everything this service judges about one ingredient at once: the four detectors, and the windows they look at. */
public final class IngredientAssessment {

    /**
     * The windows of a computation on {@code today}: the order window ends today; the baseline window is the
     * configured one before it, and the recent window as many days as the order window, just before it.
     */
    public record Windows(DateRange orders, DateRange baseline, DateRange recent, DateRange consumption,
            DateRange reports) {

        public static Windows of(LocalDate today, Thresholds thresholds, BaselineWindow baseline) {
            DateRange orders = DateRange.endingOn(today, thresholds.windowDays());
            return new Windows(orders, baseline.of(orders.start()),
                    DateRange.daysBefore(orders.start(), thresholds.windowDays()),
                    DateRange.endingOn(today, thresholds.consumptionDays()),
                    DateRange.endingOn(today, thresholds.clusterWindowDays()));
        }
    }

    /** What the detectors read about the ingredient, aggregated. */
    public record Inputs(String ingredientKey, Set<String> shortProducts, List<Demand> demand,
            List<PrefectureSupply> prefectures, List<Report> reports) {
    }

    private IngredientAssessment() {
    }

    /** Every condition found now, by all four detectors. */
    public static List<Detection> detect(Thresholds thresholds, Windows windows, Inputs in) {
        List<Detection> found = new ArrayList<>();
        found.addAll(new OrderSurgeDetector(thresholds).detect(in.ingredientKey(), in.demand(), in.shortProducts(),
                windows.orders(), windows.baseline(), windows.recent()));
        found.addAll(new DuplicateOrderingDetector(thresholds).detect(in.ingredientKey(), in.demand(),
                in.shortProducts(), windows.orders()));
        found.addAll(new RegionalImbalanceDetector(thresholds).detect(in.ingredientKey(), in.prefectures(),
                windows.consumption()));
        found.addAll(new CannotObtainClusterDetector(thresholds).detect(in.ingredientKey(), in.reports(),
                windows.reports()));
        return found;
    }

    /** What makes two plans the same: period, supply, policy and every line. */
    public static String fingerprint(DateRange period, Allocator.Plan plan) {
        StringBuilder text = new StringBuilder().append(period).append('|').append(plan.supplyUnits()).append('|')
                .append(plan.policy());
        for (AllocationPlanPublished.Line line : plan.lines()) {
            text.append('|').append(line);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
