package org.shortagewatch.allocation.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.shortagewatch.events.MaldistributionRule;
import org.shortagewatch.events.Prefecture;

/**
 * (c) Regional imbalance (地域偏在): days of supply of one ingredient by prefecture far apart, some prefecture under
 * the low threshold while another holds over the high one. One finding per ingredient, about its lowest prefecture,
 * with every prefecture's days of supply as evidence.
 */
public final class RegionalImbalanceDetector {

    /**
     * The ingredient's products of one counting unit (錠, mL) in a prefecture: their stock (null where no wholesaler
     * counted any of them there: unknown, not none), their shipments in the consumption window and the facilities
     * these went to.
     */
    public record UnitSupply(String unit, Long stockUnits, long shippedUnits, int facilities) {
    }

    /**
     * An ingredient's stock in one prefecture (the latest count per facility and product) and its shipments there in
     * the consumption window, per counting unit.
     *
     * @param stockHolders the wholesalers that reported that stock
     */
    public record PrefectureSupply(String prefectureCode, List<UnitSupply> units, int consumptionDays,
            Set<String> stockHolders) {

        /** The supply of an ingredient whose products count in one unit, shipped to one facility. */
        public PrefectureSupply(String prefectureCode, long stockUnits, long shippedUnits, int consumptionDays,
                Set<String> stockHolders) {
            this(prefectureCode, List.of(new UnitSupply("", stockUnits, shippedUnits, 1)), consumptionDays,
                    stockHolders);
        }

        /** Whether the products shipped or in stock there all count in one unit, so their units can be added. */
        public boolean oneUnit() {
            return units.stream().map(UnitSupply::unit).distinct().count() <= 1;
        }

        /** The stock, every product's units added (a sum that means something only in {@link #oneUnit}). */
        public long stockUnits() {
            return units.stream().map(UnitSupply::stockUnits).filter(java.util.Objects::nonNull)
                    .mapToLong(Long::longValue).sum();
        }

        /** The shipments in the window, likewise. */
        public long shippedUnits() {
            return units.stream().mapToLong(UnitSupply::shippedUnits).sum();
        }

        /** Whether any wholesaler reported stock there (its figure may be 0); otherwise the stock is unknown. */
        public boolean stockKnown() {
            return !stockHolders.isEmpty();
        }

        /**
         * Stock over the daily rate of shipments. Products counted in different units (tablets, a syrup's
         * millilitres) are never added: the days of each unit are reckoned apart and averaged over the facilities
         * shipped to. A unit whose stock nobody counted there counts for nothing, and the days are empty when nothing
         * was shipped there (no rate to divide by) or when no wholesaler reported stock there: an unknown stock is not
         * an empty one, and must not read as 0 days and make the prefecture look short.
         */
        public java.util.OptionalDouble daysOfSupply() {
            double days = 0;
            long facilities = 0;
            for (UnitSupply unit : units) {
                if (unit.shippedUnits() > 0 && unit.stockUnits() != null) {
                    days += unit.facilities() * (unit.stockUnits() * (double) consumptionDays / unit.shippedUnits());
                    facilities += unit.facilities();
                }
            }
            return facilities == 0 || !stockKnown() ? java.util.OptionalDouble.empty()
                    : java.util.OptionalDouble.of(days / facilities);
        }
    }

    private final Thresholds thresholds;

    public RegionalImbalanceDetector(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<Detection> detect(String ingredientKey, Collection<PrefectureSupply> supply, DateRange window) {
        Map<String, Double> days = new TreeMap<>();
        Map<String, PrefectureSupply> byCode = new TreeMap<>();
        for (PrefectureSupply p : supply) {
            p.daysOfSupply().ifPresent(d -> days.put(p.prefectureCode(), OrderSurgeDetector.round(d, 1)));
            byCode.put(p.prefectureCode(), p);
        }
        Set<String> low = new TreeSet<>();
        Set<String> high = new TreeSet<>();
        String lowest = null;
        for (Map.Entry<String, Double> e : days.entrySet()) {
            if (e.getValue() < thresholds.lowDaysOfSupply()) {
                low.add(e.getKey());
            }
            if (e.getValue() > thresholds.highDaysOfSupply()) {
                high.add(e.getKey());
            }
            if (lowest == null || e.getValue() < days.get(lowest)) {
                lowest = e.getKey();
            }
        }
        if (low.isEmpty() || high.isEmpty()) {
            return List.of();
        }
        Set<String> holders = new TreeSet<>();
        high.forEach(code -> holders.addAll(byCode.get(code).stockHolders()));
        String highest = days.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("daysOfSupplyByPrefecture", new TreeMap<String, Object>(days));
        evidence.put("lowPrefectures", List.copyOf(low));
        evidence.put("highPrefectures", List.copyOf(high));
        evidence.put("lowThresholdDays", thresholds.lowDaysOfSupply());
        evidence.put("highThresholdDays", thresholds.highDaysOfSupply());
        evidence.put("consumptionDays", thresholds.consumptionDays());
        Prefecture lo = Prefecture.of(lowest);
        Prefecture hi = Prefecture.of(highest);
        return List.of(new Detection(MaldistributionRule.REGIONAL_IMBALANCE, "ingredient", ingredientKey, null, lowest,
                List.of(), new ArrayList<>(holders), window,
                String.format("成分%sの在庫日数が地域で大きく偏っています：%sは%.1f日分（%d都道府県が%.0f日未満）、%sは%.1f日分"
                        + "（%d都道府県が%.0f日超）。", ingredientKey, lo.japanese(), days.get(lowest), low.size(),
                        thresholds.lowDaysOfSupply(), hi.japanese(), days.get(highest), high.size(),
                        thresholds.highDaysOfSupply()),
                String.format("Days of supply of ingredient %s are far apart: %s holds %.1f days (%d prefectures under "
                        + "%.0f), %s %.1f days (%d prefectures over %.0f).", ingredientKey, lo.english(),
                        days.get(lowest), low.size(), thresholds.lowDaysOfSupply(), hi.english(), days.get(highest),
                        high.size(), thresholds.highDaysOfSupply()),
                evidence, low + "|" + high));
    }
}
