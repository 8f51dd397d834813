package org.shortagewatch.allocation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.shortagewatch.events.MaldistributionRule;
import org.shortagewatch.events.Prefecture;

/**
 * (d) A cluster of "cannot obtain" reports (入手困難報告の集中): at least the threshold number of facilities of one
 * prefecture reported that they cannot obtain the ingredient within the window. One finding per prefecture.
 */
public final class CannotObtainClusterDetector {

    /**
     * One facility's reports about the ingredient in the window.
     *
     * @param wholesalers the wholesalers that supply the facility (from their posted records)
     */
    public record Report(String facilityCode, String prefectureCode, String yjCode, int reports,
            Set<String> wholesalers) {
    }

    private final Thresholds thresholds;

    public CannotObtainClusterDetector(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<Detection> detect(String ingredientKey, List<Report> reports, DateRange window) {
        Map<String, List<Report>> byPrefecture = new TreeMap<>();
        reports.forEach(r -> byPrefecture.computeIfAbsent(r.prefectureCode(), k -> new ArrayList<>()).add(r));
        List<Detection> out = new ArrayList<>();
        for (Map.Entry<String, List<Report>> e : byPrefecture.entrySet()) {
            Set<String> facilities = new TreeSet<>();
            Set<String> wholesalers = new TreeSet<>();
            Map<String, Object> byProduct = new TreeMap<>();
            int count = 0;
            for (Report r : e.getValue()) {
                facilities.add(r.facilityCode());
                wholesalers.addAll(r.wholesalers());
                byProduct.merge(r.yjCode(), r.reports(), (a, b) -> (Integer) a + (Integer) b);
                count += r.reports();
            }
            if (facilities.size() < thresholds.clusterMinFacilities()) {
                continue;
            }
            Prefecture p = Prefecture.of(e.getKey());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("facilityCount", facilities.size());
            evidence.put("reportCount", count);
            evidence.put("threshold", thresholds.clusterMinFacilities());
            evidence.put("windowDays", thresholds.clusterWindowDays());
            evidence.put("reportsByProduct", byProduct);
            out.add(new Detection(MaldistributionRule.CANNOT_OBTAIN_CLUSTER, e.getKey(), ingredientKey, null,
                    e.getKey(), new ArrayList<>(facilities), new ArrayList<>(wholesalers), window,
                    String.format("%sで%d日間に%d施設が成分%sの入手困難を報告しています。", p.japanese(),
                            thresholds.clusterWindowDays(), facilities.size(), ingredientKey),
                    String.format("%d facilities in %s reported in %d days that they cannot obtain ingredient %s.",
                            facilities.size(), p.english(), thresholds.clusterWindowDays(), ingredientKey),
                    evidence, String.join(",", facilities)));
        }
        return out;
    }
}
