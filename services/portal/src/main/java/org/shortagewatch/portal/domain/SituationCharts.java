package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The national situation shaped for its charts and for the tables beside the charts: the five shipment responses
 * (a doughnut, in the survey's order ①-⑤ with their colours) and limited shipment and supply stop by product
 * category (stacked bars, like the survey's own figure).
 */
public final class SituationCharts {

    /** One product category's counts. */
    public record CategoryCounts(String label, long limitedOwn, long limitedOtherCompany, long limitedOther, long stopped) {
        public long limitedTotal() {
            return limitedOwn + limitedOtherCompany + limitedOther;
        }
    }

    /** One slice: the response, its count and its share of all responding products in percent (one decimal). */
    public record Slice(ShipmentResponseLabel response, String label, long products, String percent) {
    }

    private SituationCharts() {
    }

    /** Every response in ①-⑤ order, absent ones with 0, each with its share. */
    public static List<Slice> slices(Map<String, Long> byResponse, Locale locale) {
        long total = byResponse.values().stream().mapToLong(Long::longValue).sum();
        List<Slice> slices = new ArrayList<>();
        for (ShipmentResponseLabel r : ShipmentResponseLabel.values()) {
            long n = byResponse.getOrDefault(r.name(), 0L);
            String percent = total == 0 ? "0.0" : String.format(Locale.ROOT, "%.1f", 100.0 * n / total);
            slices.add(new Slice(r, r.label(locale), n, percent));
        }
        return slices;
    }

    /** The doughnut: one part per response, in ①-⑤ order with the survey's colours. */
    public static String responseChart(List<Slice> slices) {
        return ChartOptions.doughnut(
                slices.stream().map(s -> s.response().number() + " " + s.label()).toList(),
                slices.stream().map(s -> s.response().colour()).toList(),
                slices.stream().map(Slice::products).toList());
    }

    /** The stacked bars: one bar per category, one stack part per kind of limited shipment and one for stopped. */
    public static String categoryChart(List<CategoryCounts> categories, Locale locale) {
        return ChartOptions.stackedBars(categories.stream().map(CategoryCounts::label).toList(), List.of(
                series(ShipmentResponseLabel.LIMITED_OWN_REASONS, categories, CategoryCounts::limitedOwn, locale),
                series(ShipmentResponseLabel.LIMITED_OTHER_COMPANY, categories, CategoryCounts::limitedOtherCompany, locale),
                series(ShipmentResponseLabel.LIMITED_OTHER, categories, CategoryCounts::limitedOther, locale),
                series(ShipmentResponseLabel.STOPPED, categories, CategoryCounts::stopped, locale)));
    }

    private static ChartOptions.Series series(ShipmentResponseLabel r, List<CategoryCounts> categories,
            ToLongFunction<CategoryCounts> value, Locale locale) {
        return new ChartOptions.Series(r.number() + " " + r.label(locale), r.colour(),
                categories.stream().map(value::applyAsLong).toList());
    }
}
