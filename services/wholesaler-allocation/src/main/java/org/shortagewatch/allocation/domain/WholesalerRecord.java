package org.shortagewatch.allocation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shortagewatch.common.rest.Text;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;

/**
 * One order, shipment or stock figure a wholesaler posts about a customer facility and a product.
 *
 * @param reference the wholesaler's own identifier of the record (an order number, say); a record posted again with
 *        the same reference replaces the earlier one. Without one, the record is the facility's for that product,
 *        kind and day: {@link #effectiveReference()}
 * @param prefectureCode optional; when given it must be the prefecture of the facility code
 * @param units a whole number of units, in {@code unit}
 * @param unit the unit the product is counted in (錠, カプセル, mL, 包, 瓶 ...): one unit per product, always
 */
public record WholesalerRecord(RecordKind kind, String wholesalerCode, String reference, String facilityCode,
        String prefectureCode, String yjCode, LocalDate date, Long units, String unit) {

    public static final int MAX_REFERENCE = 64;
    /**
     * The most units one record may state: ten million tablets, vials or packs of one product for one facility on one
     * day is beyond any real order, shipment or stock. Bounded so that sums over every wholesaler, facility and day
     * of a prefecture stay far inside a {@code long}: no organisation's figures can make another's request fail.
     */
    public static final long MAX_UNITS = 10_000_000;
    public static final int MAX_UNIT = 16;
    /** A product's counting unit: 錠, カプセル, mL, 包, 10%/g ... */
    public static final String UNIT_PATTERN = "[\\p{L}\\p{N}%/.・ ]{1,16}";
    private static final Pattern UNIT = Pattern.compile(UNIT_PATTERN);
    private static final Pattern REFERENCE = Pattern.compile("[\\x21-\\x7e]{1," + MAX_REFERENCE + "}");

    /** One field that is wrong, and why, in Japanese and in English. */
    public record Violation(String field, Text detail) {

        /** Why, in English. */
        public String message() {
            return detail.en();
        }
    }

    /** Everything wrong with the record, field by field; empty when it can be stored. */
    public List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            out.add(new Violation("reference", Text.of("1〜" + MAX_REFERENCE + " 文字の半角英数記号にしてください",
                    "must be 1-" + MAX_REFERENCE + " printable ASCII characters")));
        }
        Optional<Text> facility = FacilityCodes.problem(facilityCode).map(p -> Text.of(p.ja(), p.en()));
        facility.ifPresent(problem -> out.add(new Violation("facilityCode", problem)));
        if (prefectureCode != null && facility.isEmpty()
                && !prefectureCode.equals(FacilityCodes.prefectureOf(facilityCode))) {
            String expected = FacilityCodes.prefectureOf(facilityCode);
            out.add(new Violation("prefectureCode", Text.of(
                    "「" + prefectureCode + "」は施設 " + facilityCode + " の都道府県ではありません（" + expected + "）",
                    "'" + prefectureCode + "' is not the prefecture of facility " + facilityCode + " (" + expected
                            + ")")));
        }
        if (!YjCodes.isValid(yjCode)) {
            out.add(new Violation("yjCode", Text.of(YjCodes.FORMAT_HINT_JA, YjCodes.FORMAT_HINT)));
        }
        if (date == null) {
            out.add(new Violation("date", Text.of("日付は必須です（YYYY-MM-DD）", "is required (YYYY-MM-DD)")));
        }
        if (units == null) {
            out.add(new Violation("units", Text.of("数量は必須です（単位数の整数）", "is required: a whole number of units")));
        } else if (units < 0 || (units == 0 && kind != RecordKind.STOCK)) {
            out.add(new Violation("units", kind == RecordKind.STOCK
                    ? Text.of("負の数にはできません", "must not be negative")
                    : Text.of("1 以上にしてください", "must be at least 1")));
        } else if (units > MAX_UNITS) {
            out.add(new Violation("units", Text.of(MAX_UNITS + " 以下にしてください", "must be at most " + MAX_UNITS)));
        }
        if (unit == null || !UNIT.matcher(unit).matches()) {
            out.add(new Violation("unit", Text.of(
                    "製品の数え方の単位（錠、カプセル、mL、包 など）を " + MAX_UNIT + " 文字以内で指定してください",
                    "is required: the product's counting unit (錠, カプセル, mL, 包 ...), at most " + MAX_UNIT
                            + " characters")));
        }
        return out;
    }

    /** The reference the record is stored under: its own, or facility, product and day. */
    public String effectiveReference() {
        return reference != null ? reference : facilityCode + ":" + yjCode + ":" + date;
    }

    /** The facility's prefecture (from its code: the first two digits). */
    public String prefecture() {
        return FacilityCodes.prefectureOf(facilityCode);
    }

    /** The ingredient (first 7 characters of the YJ code). */
    public String ingredientKey() {
        return YjCodes.ingredientKey(yjCode);
    }
}
