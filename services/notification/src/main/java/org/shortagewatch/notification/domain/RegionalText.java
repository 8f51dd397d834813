package org.shortagewatch.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.notification.domain.FindingText.Sentences;

/**
 * The sentences of the findings about a region ({@link FindingText}): a regional imbalance of days of supply and a
 * cluster of "cannot obtain" reports, naming the prefectures by their JIS X 0401 codes' names. Null when the
 * evidence lacks what the sentence needs.
 */
final class RegionalText {

    /** The prefectures' names in the order of their JIS X 0401 codes, 01 to 47. */
    private static final List<String> JAPANESE = List.of(("北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 "
            + "埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 "
            + "兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 "
            + "宮崎県 鹿児島県 沖縄県").split(" "));
    private static final List<String> ENGLISH = List.of(("Hokkaido Aomori Iwate Miyagi Akita Yamagata Fukushima Ibaraki "
            + "Tochigi Gunma Saitama Chiba Tokyo Kanagawa Niigata Toyama Ishikawa Fukui Yamanashi Nagano Gifu Shizuoka "
            + "Aichi Mie Shiga Kyoto Osaka Hyogo Nara Wakayama Tottori Shimane Okayama Hiroshima Yamaguchi Tokushima "
            + "Kagawa Ehime Kochi Fukuoka Saga Nagasaki Kumamoto Oita Miyazaki Kagoshima Okinawa").split(" "));

    private RegionalText() {
    }

    /** A prefecture's name, or its code when it is not one of the 47. */
    static String prefectureJa(String code) {
        int at = index(code);
        return at < 0 ? code : JAPANESE.get(at);
    }

    static String prefectureEn(String code) {
        int at = index(code);
        return at < 0 ? code : ENGLISH.get(at);
    }

    private static int index(String code) {
        int n = code == null || !code.matches("[0-9]{2}") ? 0 : Integer.parseInt(code);
        return n >= 1 && n <= 47 ? n - 1 : -1;
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
