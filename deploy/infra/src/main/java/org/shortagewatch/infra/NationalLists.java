package org.shortagewatch.infra;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shortagewatch.events.YjCodes;

/**
 * Generated national supply-status lists in the national layout (columns ① to ⑳ and 製造販売業者コード), for tests and
 * benchmarks: as many products as asked, with a given mix of shipment responses per product category.
 */
public final class NationalLists {

    /** The five shipment responses in the list's order: normal, limited (own, other company, other), stopped. */
    public static final List<String> RESPONSES = List.of("通常出荷", "限定出荷（自社の事情）", "限定出荷（他社品の影響）",
            "限定出荷（その他）", "供給停止");

    /**
     * The 2023-11 survey: 17,470 products answered, by product category, counts per response in {@link #RESPONSES}
     * order. The limited and stopped counts are the survey's; how the 13,199 normal products split between
     * categories the survey does not say, so the split here is arbitrary.
     */
    public static final Map<String, int[]> SURVEY_2023_11;

    static {
        Map<String, int[]> survey = new LinkedHashMap<>();
        survey.put("先発品", new int[] {1_600, 43, 43, 21, 90});
        survey.put("長期収載品", new int[] {1_500, 30, 99, 9, 34});
        survey.put("後発品", new int[] {7_500, 377, 1_135, 76, 1_547});
        survey.put("その他の医薬品", new int[] {2_599, 154, 214, 58, 341});
        SURVEY_2023_11 = Map.copyOf(survey);
    }

    private static final String HEADER = "①薬剤区分,②薬効分類,③成分名,④規格単位,⑤YJコード,⑥品名,⑦製造販売業者名,⑧製品区分,"
            + "⑨基礎的医薬品,⑩供給確保医薬品,⑪薬価収載年月日,⑫製造販売業者の出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由,"
            + "⑮解消見込み,⑯解消見込み時期,⑰出荷量の状況,⑱出荷量改善の見込み時期,⑲出荷量改善の見込み量,⑳更新日,製造販売業者コード";

    private NationalLists() {
    }

    /** The survey's mix: 17,470 products. */
    public static String survey2023(LocalDate effective) {
        return csv(SURVEY_2023_11, effective, 0);
    }

    /**
     * A list of {@code products} rows with the survey's proportions (the last category takes what rounding leaves),
     * e.g. 18,520 for the whole national list.
     */
    public static String national(int products, LocalDate effective) {
        Map<String, int[]> scaled = new LinkedHashMap<>();
        double factor = products / 17_470.0;
        int placed = 0;
        String last = null;
        for (Map.Entry<String, int[]> e : ordered().entrySet()) {
            int[] counts = new int[5];
            for (int i = 0; i < 5; i++) {
                counts[i] = (int) Math.floor(e.getValue()[i] * factor);
                placed += counts[i];
            }
            scaled.put(e.getKey(), counts);
            last = e.getKey();
        }
        scaled.get(last)[0] += products - placed;
        return csv(scaled, effective, 0);
    }

    /**
     * The CSV text. Product i (from {@code firstIndex}) has YJ code 1000000 + i/10, F, i%10, 01, 0 (ten products
     * per ingredient), is held by one of ten manufacturers (MFR000 to MFR009), and a limited or stopped product
     * gives reason 1 (demand increase).
     */
    public static String csv(Map<String, int[]> mix, LocalDate effective, int firstIndex) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        int i = firstIndex;
        for (Map.Entry<String, int[]> e : ordered(mix).entrySet()) {
            for (int response = 0; response < RESPONSES.size(); response++) {
                for (int n = 0; n < e.getValue()[response]; n++, i++) {
                    String yj = yj(i);
                    String manufacturer = String.format("MFR%03d", i % 10);
                    out.append("内用薬,").append(yj, 0, 4).append(",テスト成分").append(i / 10).append(",10mg1錠,")
                            .append(yj).append(",テスト錠").append(i).append("mg,テスト製薬").append(i % 10)
                            .append(',').append(e.getKey()).append(",,,2020-06-19,").append(RESPONSES.get(response))
                            .append(',').append(effective).append(',').append(response == 0 ? "" : "1")
                            .append(",,,,,,").append(effective).append(',').append(manufacturer).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The YJ code of generated product {@code i}. */
    public static String yj(int i) {
        return YjCodes.withCheckCharacter(String.format("%07dF%d01", 1_000_000 + i / 10, i % 10));
    }

    private static Map<String, int[]> ordered() {
        return ordered(SURVEY_2023_11);
    }

    /** The survey's categories in its own order, whatever order the map has. */
    private static Map<String, int[]> ordered(Map<String, int[]> mix) {
        Map<String, int[]> ordered = new LinkedHashMap<>();
        for (String category : List.of("先発品", "準先発品", "長期収載品", "後発品", "その他の医薬品")) {
            if (mix.containsKey(category)) {
                ordered.put(category, mix.get(category));
            }
        }
        return ordered;
    }
}
