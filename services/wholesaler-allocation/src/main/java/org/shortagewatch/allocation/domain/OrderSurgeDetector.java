package org.shortagewatch.allocation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.shortagewatch.events.MaldistributionRule;

/**
 * (a) Order surge (発注急増): during limited shipment, a facility orders a product above its baseline by more than the
 * guideline. Its baseline, taken over the baseline window, is scaled to the days of the order window; orders from all
 * wholesalers count. A facility that bought the product in none of the baseline window (a product launched since, or
 * new to the facility) is judged against its purchases in the window just before the order window instead, as
 * guidance measures orders against past purchases; one that bought it in neither has nothing to surge above.
 */
public final class OrderSurgeDetector {

    /**
     * A facility's orders of a product from one wholesaler in the order window, and its purchases from that
     * wholesaler in the baseline window and in the recent window (the one just before the order window).
     *
     * @param unit what the product is counted in (錠, mL), as its first record fixed it; null when not known
     */
    public record Demand(String facilityCode, String prefectureCode, String yjCode, String wholesalerCode,
            long baselineUnits, long recentUnits, long orderedUnits, String unit) {
    }

    private final Thresholds thresholds;

    public OrderSurgeDetector(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param shortProducts the products in limited shipment (or stopped): only their orders are judged
     * @param recentWindow the window a facility's purchases are counted in when it has none in the baseline window
     */
    public List<Detection> detect(String ingredientKey, List<Demand> demand, Set<String> shortProducts,
            DateRange orderWindow, DateRange baselineWindow, DateRange recentWindow) {
        Map<String, List<Demand>> byFacilityProduct = new TreeMap<>();
        for (Demand d : demand) {
            if (shortProducts.contains(d.yjCode())) {
                byFacilityProduct.computeIfAbsent(d.facilityCode() + ":" + d.yjCode(), k -> new ArrayList<>()).add(d);
            }
        }
        List<Detection> out = new ArrayList<>();
        for (Map.Entry<String, List<Demand>> e : byFacilityProduct.entrySet()) {
            List<Demand> rows = e.getValue();
            long baseline = rows.stream().mapToLong(Demand::baselineUnits).sum();
            boolean recent = baseline == 0;
            DateRange window = recent ? recentWindow : baselineWindow;
            if (recent) {
                baseline = rows.stream().mapToLong(Demand::recentUnits).sum();
            }
            long ordered = rows.stream().mapToLong(Demand::orderedUnits).sum();
            if (baseline == 0 || ordered == 0) {
                continue; // a new customer has no past purchases to surge above
            }
            double expected = (double) baseline * orderWindow.days() / window.days();
            double ratio = ordered / expected;
            if (ratio <= thresholds.surgeRatio() || ordered - expected < thresholds.surgeMinExcessUnits()) {
                continue;
            }
            Demand first = rows.get(0);
            Map<String, Object> byWholesaler = new TreeMap<>();
            List<String> wholesalers = new ArrayList<>();
            for (Demand d : rows) {
                if (d.orderedUnits() > 0) {
                    byWholesaler.put(d.wholesalerCode(), d.orderedUnits());
                    wholesalers.add(d.wholesalerCode());
                }
            }
            wholesalers.sort(null);
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("baselineUnits", baseline);
            evidence.put("baselineWindowStart", window.start().toString());
            evidence.put("baselineWindowEnd", window.end().toString());
            evidence.put("expectedUnits", round(expected, 1));
            evidence.put("orderedUnits", ordered);
            evidence.put("ratio", round(ratio, 2));
            evidence.put("threshold", thresholds.surgeRatio());
            evidence.put("orderedUnitsByWholesaler", byWholesaler);
            if (first.unit() != null) {
                evidence.put("unit", first.unit());
            }
            int percent = (int) Math.round(ratio * 100);
            int thresholdPercent = (int) Math.round(thresholds.surgeRatio() * 100);
            String unitJa = first.unit() == null ? "単位" : first.unit();
            String unitEn = first.unit() == null ? "units" : first.unit();
            out.add(new Detection(MaldistributionRule.ORDER_SURGE, e.getKey(), ingredientKey, first.yjCode(),
                    first.prefectureCode(), List.of(first.facilityCode()), wholesalers, orderWindow,
                    String.format("限定出荷中の%sについて、医療機関%sの注文（%d%s）が、%sの購入から見込まれる量（%s）の%d%%で、"
                            + "目安の%d%%を超えています。", first.yjCode(), first.facilityCode(), ordered, unitJa,
                            recent ? "直前" + window.days() + "日間" : "過去", aboutJa(expected, unitJa), percent,
                            thresholdPercent),
                    String.format("During limited shipment, facility %s ordered %d %s of %s, %d%% of what its "
                            + "purchases%s lead one to expect over as many days (%s; guideline: %d%%).",
                            first.facilityCode(), ordered, unitEn, first.yjCode(), percent,
                            recent ? " in the " + window.days() + " days before" : "", aboutEn(expected, unitEn),
                            thresholdPercent),
                    evidence, wholesalers + "|" + (int) Math.floor(ratio / 0.25)));
        }
        return out;
    }

    /** An expected quantity as a reader takes it in: whole units, 約 before them; less than half a unit says so. */
    static String aboutJa(double expected, String unit) {
        return expected < 0.5 ? "1" + unit + "未満" : "約" + Math.round(expected) + unit;
    }

    static String aboutEn(double expected, String unit) {
        return expected < 0.5 ? "under 1 " + unit : "about " + Math.round(expected) + " " + unit;
    }

    static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
