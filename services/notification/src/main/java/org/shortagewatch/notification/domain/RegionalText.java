package org.shortagewatch.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.Prefecture;
import org.shortagewatch.notification.domain.FindingText.Sentences;

/**
 * The sentences of the findings about a region ({@link FindingText}): a regional imbalance of days of supply and a
 * cluster of "cannot obtain" reports, naming the prefectures ({@link Prefecture}). Null when the
 * evidence lacks what the sentence needs.
 */
final class RegionalText {

    private RegionalText() {
    }

    /** A prefecture's name, or its code when it is not one of the 47. */
    static String prefectureJa(String code) {
        return Prefecture.find(code).map(Prefecture::japanese).orElse(code);
    }

    static String prefectureEn(String code) {
        return Prefecture.find(code).map(Prefecture::english).orElse(code);
    }

    static Sentences imbalance(MaldistributionFinding f, String ingredientJa, String ingredientEn) {
        Map<?, ?> days = FindingText.map(f, "daysOfSupplyByPrefecture");
        List<?> low = FindingText.list(f, "lowPrefectures");
        List<?> high = FindingText.list(f, "highPrefectures");
        Number lowDays = FindingText.number(f, "lowThresholdDays");
        Number highDays = FindingText.number(f, "highThresholdDays");
        if (days == null || low == null || high == null || lowDays == null || highDays == null
                || !(days.get(f.prefectureCode()) instanceof Number lowest)) {
            return null;
        }
        Map.Entry<?, ?> highest = days.entrySet().stream().filter(e -> e.getValue() instanceof Number)
                .max((a, b) -> Double.compare(((Number) a.getValue()).doubleValue(),
                        ((Number) b.getValue()).doubleValue()))
                .orElseThrow();
        String most = highest.getKey().toString();
        double mostDays = ((Number) highest.getValue()).doubleValue();
        return new Sentences(String.format(Locale.ROOT,
                "%sの在庫日数が地域で大きく偏っています：%sは%.1f日分（%d都道府県が%.0f日未満）、%sは%.1f日分（%d都道府県が%.0f日超）。",
                ingredientJa, prefectureJa(f.prefectureCode()), lowest.doubleValue(), low.size(),
                lowDays.doubleValue(), prefectureJa(most), mostDays, high.size(), highDays.doubleValue()),
                String.format(Locale.ROOT, "Days of supply of %s are far apart: %s holds %.1f days (%d prefectures "
                        + "under %.0f), %s %.1f days (%d prefectures over %.0f).", ingredientEn,
                        prefectureEn(f.prefectureCode()), lowest.doubleValue(), low.size(), lowDays.doubleValue(),
                        prefectureEn(most), mostDays, high.size(), highDays.doubleValue()));
    }

    static Sentences cluster(MaldistributionFinding f, String ingredientJa, String ingredientEn) {
        Number windowDays = FindingText.number(f, "windowDays");
        Number count = FindingText.number(f, "facilityCount");
        if (windowDays == null) {
            return null;
        }
        long facilities = count == null ? f.facilityCodes().size() : count.longValue();
        return new Sentences(prefectureJa(f.prefectureCode()) + "で" + windowDays + "日間に" + facilities + "施設が"
                + ingredientJa + "の入手困難を報告しています。", facilities + " facilities in "
                + prefectureEn(f.prefectureCode()) + " reported in " + windowDays + " days that they cannot obtain "
                + ingredientEn + ".");
    }
}
