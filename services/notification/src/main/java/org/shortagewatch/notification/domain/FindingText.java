package org.shortagewatch.notification.domain;

import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;

/**
 * What an alert says of a finding of wholesaler-allocation (偏在の兆候), composed here from the finding's fields and
 * evidence rather than taken from its summary: allocation knows products and ingredients by their codes only, the
 * catalogue here knows their names (デキストロメトルファン臭化水素酸塩水和物［6250701］); wholesalers are named as the
 * event names them from allocation's registry, with their codes ({@link WholesalerLabel}). A finding about one
 * facility's orders (an order surge, duplicate ordering) is told to that facility as its own (貴施設の注文), with a
 * request, and to its wholesalers about the facility. Quantities are whole units in the unit the product is counted
 * in (約280錠; 単位 where the evidence names none). A finding whose evidence lacks what its sentence needs is told in
 * its summary.
 */
public final class FindingText {

    /** The names the catalogue has for a finding's product and ingredient; either may be null. */
    public record Names(String productName, String ingredientName) {

        public static final Names NONE = new Names(null, null);
    }

    /** The finding's sentence in Japanese and in English. */
    public record Sentences(String ja, String en) {
    }

    private FindingText() {
    }

    /** Whether the finding is about one facility's own orders, which that facility is told as its own. */
    public static boolean aboutOwnOrders(MaldistributionFinding f) {
        return f.facilityCodes().size() == 1 && aboutOrders(f);
    }

    /** Whether the finding is about facilities' orders (an order surge, duplicate ordering), not about a region. */
    private static boolean aboutOrders(MaldistributionFinding f) {
        return f.rule() == MaldistributionRule.ORDER_SURGE || f.rule() == MaldistributionRule.DUPLICATE_ORDERING;
    }

    /**
     * The finding as its reader is told it: opened, the condition and (to the facility) what to do; resolved, that
     * it is.
     *
     * @param toFacility whether the reader is the facility the finding is about ({@link #aboutOwnOrders})
     */
    public static Sentences of(MaldistributionFinding f, Names names, boolean toFacility) {
        Sentences fact = fact(f, names, toFacility);
        if (fact == null) {
            return new Sentences(f.summaryJa(), f.summaryEn());
        }
        if (f.status() == FindingStatus.RESOLVED) {
            // the fact as it was found (in the present tense it was told in), after the word that it is over
            return new Sentences("解消しました。検出時の内容：" + fact.ja(),
                    "Resolved. As it was found: " + fact.en());
        }
        return !toFacility ? fact : f.rule() == MaldistributionRule.ORDER_SURGE
                ? new Sentences(fact.ja() + "限定出荷中ですので、当面必要な量に限った発注にご協力ください。",
                        fact.en() + " The product is in limited shipment: please order only what you need for now.")
                : new Sentences(fact.ja() + "限定出荷中は、同じ品目を複数の卸売業者に発注しないようお願いします。",
                        fact.en() + " While it is in limited shipment, please order it from one wholesaler only.");
    }

    private static Sentences fact(MaldistributionFinding f, Names names, boolean toFacility) {
        String periodJa = JapaneseDates.western(f.periodStart()) + "〜" + JapaneseDates.western(f.periodEnd());
        String periodEn = f.periodStart() + " to " + f.periodEnd();
        if (aboutOrders(f) && f.facilityCodes().isEmpty()) {
            return null;
        }
        String whoJa = !aboutOrders(f) ? null : toFacility ? "貴施設" : "医療機関" + f.facilityCodes().get(0);
        return switch (f.rule()) {
            case ORDER_SURGE -> surge(f, productJa(f, names), productEn(f, names), whoJa, periodJa, periodEn,
                    toFacility);
            case DUPLICATE_ORDERING -> new Sentences(whoJa + "が" + productJa(f, names) + "を"
                    + f.wholesalerCodes().size() + "社の卸売業者（" + wholesalers(f, "、", WholesalerLabel::ja)
                    + "）に重複して発注しています（" + periodJa + "）。",
                    (toFacility ? "You" : "Facility " + f.facilityCodes().get(0)) + " ordered " + productEn(f, names)
                            + " from " + f.wholesalerCodes().size() + " wholesalers ("
                            + wholesalers(f, ", ", WholesalerLabel::en) + ") for " + periodEn + ".");
            case REGIONAL_IMBALANCE -> RegionalText.imbalance(f, ingredientJa(f, names), ingredientEn(f, names));
            case CANNOT_OBTAIN_CLUSTER -> RegionalText.cluster(f, ingredientJa(f, names), ingredientEn(f, names));
        };
    }

    private static Sentences surge(MaldistributionFinding f, String productJa, String productEn, String whoJa,
            String periodJa, String periodEn, boolean toFacility) {
        Number ordered = number(f, "orderedUnits");
        Number expected = number(f, "expectedUnits");
        Number ratio = number(f, "ratio");
        Number threshold = number(f, "threshold");
        if (ordered == null || expected == null || ratio == null || threshold == null) {
            return null;
        }
        Object unit = f.evidence().get("unit");
        String unitJa = unit == null ? "単位" : unit.toString();
        String unitEn = unit == null ? "units" : unit.toString();
        long percent = Math.round(ratio.doubleValue() * 100);
        long guideline = Math.round(threshold.doubleValue() * 100);
        double e = expected.doubleValue();
        return new Sentences(whoJa + "の" + productJa + "の注文（" + periodJa + "に" + ordered + unitJa
                + "）が、過去の購入から見込まれる量（" + (e < 0.5 ? "1" + unitJa + "未満" : "約" + Math.round(e) + unitJa)
                + "）の" + percent + "%で、目安の" + guideline + "%を超えています。",
                (toFacility ? "Your orders" : "The orders of facility " + f.facilityCodes().get(0)) + " of "
                        + productEn + " (" + ordered + " " + unitEn + " from " + periodEn + ") are " + percent
                        + "% of what " + (toFacility ? "your" : "its") + " past purchases lead one to expect ("
                        + (e < 0.5 ? "under 1 " : "about " + Math.round(e) + " ") + unitEn + "; guideline: "
                        + guideline + "%).");
    }

    /** The finding's wholesalers, each by the name the event carries for it with its code, or by its code alone. */
    private static String wholesalers(MaldistributionFinding f, String separator, BinaryOperator<String> label) {
        return f.wholesalerCodes().stream().map(code -> label.apply(code, f.wholesalerName(code)))
                .collect(Collectors.joining(separator));
    }

    private static String productJa(MaldistributionFinding f, Names names) {
        return f.yjCode() == null ? ingredientJa(f, names) : ProductLabel.ja(f.yjCode(), names.productName(), null,
                null);
    }

    private static String productEn(MaldistributionFinding f, Names names) {
        return f.yjCode() == null ? ingredientEn(f, names) : ProductLabel.en(f.yjCode(), names.productName(), null,
                null);
    }

    /** 成分名［ingredient key］, or 成分［ingredient key］ when the catalogue has no name for it. */
    static String ingredientJa(MaldistributionFinding f, Names names) {
        return (names.ingredientName() == null ? "成分" : names.ingredientName()) + "［" + f.ingredientKey() + "］";
    }

    static String ingredientEn(MaldistributionFinding f, Names names) {
        return names.ingredientName() == null ? "ingredient " + f.ingredientKey()
                : names.ingredientName() + " [" + f.ingredientKey() + "]";
    }

    /** A number of the evidence, or null when it has none by that name. */
    static Number number(MaldistributionFinding f, String name) {
        return f.evidence().get(name) instanceof Number n ? n : null;
    }

    /** A list of strings of the evidence, or null when it has none by that name. */
    static List<?> list(MaldistributionFinding f, String name) {
        return f.evidence().get(name) instanceof List<?> l ? l : null;
    }

    /** A map of the evidence, or null when it has none by that name. */
    static Map<?, ?> map(MaldistributionFinding f, String name) {
        return f.evidence().get(name) instanceof Map<?, ?> m ? m : null;
    }
}
