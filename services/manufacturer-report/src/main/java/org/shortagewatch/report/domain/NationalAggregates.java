package org.shortagewatch.report.domain;

import org.shortagewatch.events.ProductCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shortagewatch.events.ShipmentResponse;

/**
 * The national tables of the 2023-11 survey, computed from products' statuses on a day: products by shipment
 * response, and normal shipment, limited shipment and supply stop by product category; with how many products were
 * surveyed (the catalogue), how many responded (have a status on the day) and how many did not.
 */
public final class NationalAggregates {

    /** How many products of a category ({@code null}: not classified) had a shipment response on the day. */
    public record Count(ProductCategory category, ShipmentResponse response, long products) {
    }

    /** One line of the category table; {@code category} null for products not yet classified. */
    public record CategoryLine(ProductCategory category, long normal, long limitedOwnReasons,
            long limitedOtherCompany, long limitedOther, long limitedTotal, long stopped) {
    }

    /**
     * Both tables. {@code total} is the number of responders (products with a status on the day), as the survey's
     * tables total; {@code surveyed} the products in the catalogue; {@code nonResponders} those without a status.
     */
    public record Tables(Map<ShipmentResponse, Long> byResponse, long total, List<CategoryLine> byCategory,
            CategoryLine categoryTotal, long surveyed, long nonResponders) {
    }

    private NationalAggregates() {
    }

    /**
     * @param counts responders counted by category and response
     * @param surveyed every product in the catalogue, responding or not
     */
    public static Tables of(List<Count> counts, long surveyed) {
        Map<ShipmentResponse, Long> byResponse = new EnumMap<>(ShipmentResponse.class);
        for (ShipmentResponse response : ShipmentResponse.values()) {
            byResponse.put(response, 0L);
        }
        Map<ProductCategory, long[]> lines = new EnumMap<>(ProductCategory.class);
        long[] unclassified = new long[ShipmentResponse.values().length];
        long total = 0;
        for (Count count : counts) {
            byResponse.merge(count.response(), count.products(), Long::sum);
            total += count.products();
            long[] line = count.category() == null ? unclassified
                    : lines.computeIfAbsent(count.category(), c -> new long[ShipmentResponse.values().length]);
            line[count.response().ordinal()] += count.products();
        }
        List<CategoryLine> byCategory = new ArrayList<>();
        long[] sum = new long[ShipmentResponse.values().length];
        for (Map.Entry<ProductCategory, long[]> e : lines.entrySet()) {
            byCategory.add(line(e.getKey(), e.getValue()));
            add(sum, e.getValue());
        }
        if (Arrays.stream(unclassified).anyMatch(n -> n > 0)) {
            byCategory.add(line(null, unclassified));
            add(sum, unclassified);
        }
        return new Tables(byResponse, total, byCategory, line(null, sum), surveyed, Math.max(0, surveyed - total));
    }

    private static CategoryLine line(ProductCategory category, long[] n) {
        long own = n[ShipmentResponse.LIMITED_OWN_REASONS.ordinal()];
        long other = n[ShipmentResponse.LIMITED_OTHER_COMPANY.ordinal()];
        long rest = n[ShipmentResponse.LIMITED_OTHER.ordinal()];
        return new CategoryLine(category, n[ShipmentResponse.NORMAL.ordinal()], own, other, rest, own + other + rest,
                n[ShipmentResponse.STOPPED.ordinal()]);
    }

    private static void add(long[] sum, long[] n) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += n[i];
        }
    }
}
