package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The national situation shaped for Chart.js and for the tables beside the charts: the five shipment responses
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

    /** The doughnut's data: labels, counts and colours, as Chart.js reads them. */
    public static String responseChartJson(List<Slice> slices) {
        StringBuilder labels = new StringBuilder();
        StringBuilder data = new StringBuilder();
        StringBuilder colours = new StringBuilder();
        for (Slice s : slices) {
            sep(labels).append(string(s.response().number() + " " + s.label()));
            sep(data).append(s.products());
            sep(colours).append(string(s.response().colour()));
        }
        return "{\"labels\":[" + labels + "],\"datasets\":[{\"data\":[" + data + "],\"backgroundColor\":[" + colours
                + "]}]}";
    }

    /** The stacked bars: one bar per category, one stack part per kind of limited shipment and one for stopped. */
    public static String categoryChartJson(List<CategoryCounts> categories, Locale locale) {
        StringBuilder labels = new StringBuilder();
        for (CategoryCounts c : categories) {
            sep(labels).append(string(c.label()));
        }
        return "{\"labels\":[" + labels + "],\"datasets\":["
                + dataset(ShipmentResponseLabel.LIMITED_OWN_REASONS, categories, CategoryCounts::limitedOwn, locale) + ","
                + dataset(ShipmentResponseLabel.LIMITED_OTHER_COMPANY, categories, CategoryCounts::limitedOtherCompany, locale) + ","
                + dataset(ShipmentResponseLabel.LIMITED_OTHER, categories, CategoryCounts::limitedOther, locale) + ","
                + dataset(ShipmentResponseLabel.STOPPED, categories, CategoryCounts::stopped, locale) + "]}";
    }

    private static String dataset(ShipmentResponseLabel r, List<CategoryCounts> categories,
            java.util.function.ToLongFunction<CategoryCounts> value, Locale locale) {
        StringBuilder data = new StringBuilder();
        for (CategoryCounts c : categories) {
            sep(data).append(value.applyAsLong(c));
        }
        return "{\"label\":" + string(r.number() + " " + r.label(locale)) + ",\"data\":[" + data
                + "],\"backgroundColor\":" + string(r.colour()) + "}";
    }

    private static StringBuilder sep(StringBuilder b) {
        return b.isEmpty() ? b : b.append(',');
    }

    /** A JSON string literal; also safe inside an HTML attribute once the template escapes it. */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
