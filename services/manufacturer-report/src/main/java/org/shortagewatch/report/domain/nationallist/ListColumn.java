package org.shortagewatch.report.domain.nationallist;

import org.shortagewatch.common.bulk.Cells;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the national supply-status list, numbered ① to ⑳ as it prints them, and two columns of ours that
 * follow them (the holder's organisation code, and the cause product of a limited shipment caused by another
 * company's product). Header wording varies between editions, so a header is recognised by its circled number
 * first and otherwise by a tolerant label.
 */
public enum ListColumn implements org.shortagewatch.common.bulk.Column {
    DRUG_CATEGORY(1, "薬剤区分"),
    THERAPEUTIC_CLASS(2, "薬効分類"),
    INGREDIENT(3, "成分名"),
    STRENGTH_UNIT(4, "規格単位"),
    YJ_CODE(5, "YJコード"),
    PRODUCT_NAME(6, "品名"),
    MANUFACTURER_NAME(7, "製造販売業者名"),
    PRODUCT_CATEGORY(8, "製品区分"),
    BASIC_DRUG(9, "基礎的医薬品"),
    SUPPLY_SECURITY_CLASS(10, "供給確保医薬品", "安定確保医薬品"),
    PRICE_LISTING_DATE(11, "薬価収載年月日"),
    SHIPMENT_RESPONSE(12, "製造販売業者の出荷対応の状況", "出荷対応の状況"),
    EFFECTIVE_DATE(13, "⑫の更新日"),
    REASON(14, "限定出荷等の理由", "限定出荷の理由"),
    RESOLUTION_OUTLOOK(15, "解消見込み"),
    EXPECTED_RESOLUTION_DATE(16, "解消見込み時期"),
    SHIPMENT_VOLUME(17, "出荷量の状況"),
    VOLUME_IMPROVEMENT_DATE(18, "出荷量改善の見込み時期"),
    VOLUME_IMPROVEMENT_AMOUNT(19, "出荷量改善の見込み量"),
    UPDATED(20, "更新日"),
    MANUFACTURER_CODE(0, "製造販売業者コード"),
    CAUSE_YJ_CODE(0, "原因品目YJコード", "他社品YJコード");

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private final int number;
    private final String label;
    private final String field;
    private final List<String> labels;

    /**
     * @param labels the label this service writes, then other wordings editions have used; the API field is the
     *     constant's name in camel case (YJ_CODE: yjCode)
     */
    ListColumn(int number, String... labels) {
        this.number = number;
        this.label = labels[0];
        this.field = camelCase(name());
        this.labels = Arrays.stream(labels).map(Cells::normalized).toList();
    }

    private static String camelCase(String constant) {
        StringBuilder camel = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            camel.append(camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return camel.toString();
    }

    /** Its number in the national list, 1 to 20; 0 for a column of ours. */
    public int number() {
        return number;
    }

    /** The field of the API the column carries, for error messages. */
    @Override
    public String field() {
        return field;
    }

    /** The header as this service writes it: circled number and label (e.g. ⑤YJコード). */
    @Override
    public String header() {
        return number == 0 ? label : CIRCLED.charAt(number - 1) + label;
    }

    /** The column a header cell names, if any. */
    public static Optional<ListColumn> ofHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String text = header.strip();
        int circled = CIRCLED.indexOf(text.charAt(0));
        // "⑫の更新日" names column ⑬ (the day of ⑫'s update): a circled number followed by の refers to another column.
        boolean refersToAnother = circled >= 0 && text.length() > 1 && text.charAt(1) == 'の';
        if (circled >= 0 && !refersToAnother) {
            int number = circled + 1;
            for (ListColumn column : values()) {
                if (column.number == number) {
                    return Optional.of(column);
                }
            }
        }
        String whole = Cells.normalized(text);
        String normal = refersToAnother ? whole : whole.replaceFirst("^[0-9]+[.)]?", "");
        // An exact label first, then the longest label the header contains: the most specific wins.
        ListColumn best = null;
        int bestLength = 0;
        for (ListColumn column : values()) {
            for (String label : column.labels) {
                if (normal.equals(label)) {
                    return Optional.of(column);
                }
                if (normal.contains(label) && label.length() > bestLength) {
                    best = column;
                    bestLength = label.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
