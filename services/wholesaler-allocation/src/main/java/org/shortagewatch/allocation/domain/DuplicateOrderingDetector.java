package org.shortagewatch.allocation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.shortagewatch.events.MaldistributionRule;

/**
 * (b) Duplicate ordering (重複発注): during limited shipment, one facility orders the same product from several
 * wholesalers in one order window (published guidance asks facilities never to).
 */
public final class DuplicateOrderingDetector {

    private final Thresholds thresholds;

    public DuplicateOrderingDetector(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<Detection> detect(String ingredientKey, List<OrderSurgeDetector.Demand> demand,
            Set<String> shortProducts, DateRange orderWindow) {
        Map<String, Map<String, Long>> byFacilityProduct = new TreeMap<>();
        Map<String, OrderSurgeDetector.Demand> any = new TreeMap<>();
        for (OrderSurgeDetector.Demand d : demand) {
            if (d.orderedUnits() > 0 && shortProducts.contains(d.yjCode())) {
                String key = d.facilityCode() + ":" + d.yjCode();
                byFacilityProduct.computeIfAbsent(key, k -> new TreeMap<>()).merge(d.wholesalerCode(), d.orderedUnits(),
                        Long::sum);
                any.putIfAbsent(key, d);
            }
        }
        List<Detection> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> e : byFacilityProduct.entrySet()) {
            Map<String, Long> byWholesaler = e.getValue();
            if (byWholesaler.size() < thresholds.duplicateMinWholesalers()) {
                continue;
            }
            OrderSurgeDetector.Demand d = any.get(e.getKey());
            List<String> wholesalers = new ArrayList<>(byWholesaler.keySet());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("wholesalerCount", wholesalers.size());
            evidence.put("threshold", thresholds.duplicateMinWholesalers());
            evidence.put("orderedUnitsByWholesaler", new TreeMap<String, Object>(byWholesaler));
            evidence.put("orderedUnits", byWholesaler.values().stream().mapToLong(Long::longValue).sum());
            out.add(new Detection(MaldistributionRule.DUPLICATE_ORDERING, e.getKey(), ingredientKey, d.yjCode(),
                    d.prefectureCode(), List.of(d.facilityCode()), wholesalers, orderWindow,
                    String.format("限定出荷中の%sについて、医療機関%sが%d社の卸売業者（%s）に重複して発注しています。", d.yjCode(),
                            d.facilityCode(), wholesalers.size(), String.join("、", wholesalers)),
                    String.format("During limited shipment, facility %s ordered %s from %d wholesalers (%s) in the "
                            + "same period.", d.facilityCode(), d.yjCode(), wholesalers.size(),
                            String.join(", ", wholesalers)),
                    evidence, String.join(",", wholesalers)));
        }
        return out;
    }
}
