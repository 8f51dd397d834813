package org.shortagewatch.portal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A wholesaler's current allocation plans (出荷調整) as its page shows them: the plan lines grouped per product (in YJ
 * code order, each product's customers in the service's order), each plan's totals, and its quotas as bars, one per
 * customer, split into what was shipped in the period and what remains.
 */
public final class AllocationPlans {

    /** The colours of the bars' two parts: shipped (the link colour) and remaining (a lighter blue). */
    static final String USED_COLOUR = "#0550ae";
    static final String REMAINING_COLOUR = "#8fb8ed";

    /** One product's plan: its lines and their sums. */
    public record Plan<T>(String yjCode, List<T> lines, long quotaUnits, long usedUnits, long remainingUnits) {

        /** The product's ingredient key (its YJ code's first seven characters), for its map. */
        public String ingredientKey() {
            return yjCode.length() < 7 ? yjCode : yjCode.substring(0, 7);
        }

        /** The id of the plan's chart on the page. */
        public String chartId() {
            return "quotas-" + yjCode;
        }
    }

    private AllocationPlans() {
    }

    /** The lines grouped per product, in YJ code order, with each plan's quota, used and remaining units summed. */
    public static <T> List<Plan<T>> byProduct(List<T> lines, Function<T, String> yjCode, ToLongFunction<T> quota,
            ToLongFunction<T> used, ToLongFunction<T> remaining) {
        Map<String, List<T>> grouped = new TreeMap<>();
        for (T line : lines) {
            grouped.computeIfAbsent(yjCode.apply(line), k -> new ArrayList<>()).add(line);
        }
        List<Plan<T>> plans = new ArrayList<>();
        grouped.forEach((yj, group) -> plans.add(new Plan<>(yj, List.copyOf(group),
                group.stream().mapToLong(quota).sum(), group.stream().mapToLong(used).sum(),
                group.stream().mapToLong(remaining).sum())));
        return plans;
    }

    /**
     * The quota bars of one plan: one bar per customer (labelled as {@code customer} names it), stacked from what was
     * shipped in the period and what remains, so each bar's height is the customer's quota.
     */
    public static <T> String quotaChart(List<T> lines, Function<T, String> customer, ToLongFunction<T> used,
            ToLongFunction<T> remaining, Locale locale) {
        boolean english = Languages.isEnglish(locale);
        return ChartOptions.stackedBars(lines.stream().map(customer).toList(), List.of(
                new ChartOptions.Series(english ? "Shipped" : "出荷済み", USED_COLOUR,
                        lines.stream().map(l -> used.applyAsLong(l)).toList()),
                new ChartOptions.Series(english ? "Remaining" : "残り", REMAINING_COLOUR,
                        lines.stream().map(l -> remaining.applyAsLong(l)).toList())));
    }

    /** Each plan's chart by YJ code, for the page to place beside the plan's table. */
    public static <T> Map<String, String> charts(List<Plan<T>> plans, Function<T, String> customer,
            ToLongFunction<T> used, ToLongFunction<T> remaining, Locale locale) {
        Map<String, String> charts = new LinkedHashMap<>();
        plans.forEach(p -> charts.put(p.yjCode(), quotaChart(p.lines(), customer, used, remaining, locale)));
        return charts;
    }
}
