package org.shortagewatch.portal.domain;

import java.util.Locale;
import java.util.Map;

/**
 * English wording for the codes the services answer with their Japanese label (reason ⑭, outlook ⑮, volume ⑰,
 * product category ⑧). Japanese pages show the service's own label, so the two never drift apart in Japanese.
 */
public final class CodeLabels {

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("DEMAND_INCREASE", "Demand increase"),
            Map.entry("RAW_MATERIALS", "Raw materials"),
            Map.entry("MANUFACTURING_TROUBLE", "Manufacturing trouble"),
            Map.entry("QUALITY_TROUBLE", "Quality trouble"),
            Map.entry("REGULATORY_ACTION", "Regulatory action"),
            Map.entry("PRICE_LIST_DELETION", "Price-list deletion"),
            Map.entry("OTHER", "Other"),
            Map.entry("YES", "Expected"),
            Map.entry("NO", "Not expected"),
            Map.entry("UNDECIDED", "Undecided"),
            Map.entry("NOT_APPLICABLE", "Not applicable"),
            Map.entry("A_PLUS", "A+ increasing"),
            Map.entry("A", "A normal"),
            Map.entry("B", "B reduced"),
            Map.entry("C", "C stopped"),
            Map.entry("D", "D to be delisted"),
            Map.entry("BRAND", "Brand"),
            Map.entry("QUASI_BRAND", "Quasi-brand"),
            Map.entry("LONG_LISTED_BRAND", "Long-listed brand"),
            Map.entry("GENERIC", "Generic"));

    private CodeLabels() {
    }

    /** The service's Japanese label on Japanese pages; on English pages the English wording of the code. */
    public static String label(String code, String japanese, Locale locale) {
        if (code == null) {
            return japanese == null ? "" : japanese;
        }
        if (Languages.isEnglish(locale)) {
            return ENGLISH.getOrDefault(code, japanese == null ? code : japanese);
        }
        return japanese == null ? code : japanese;
    }

    /**
     * Shipment volume ⑰ in the page's language: on Japanese pages its letter and the service's words ({@code B 減少}),
     * on English pages the English wording of its code.
     */
    public static String volume(String code, String letter, String japanese, Locale locale) {
        if (Languages.isEnglish(locale)) {
            return label(code, japanese, locale);
        }
        return (letter == null ? "" : letter + " ") + (japanese == null ? "" : japanese);
    }
}
