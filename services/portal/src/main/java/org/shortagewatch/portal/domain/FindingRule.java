package org.shortagewatch.portal.domain;

import java.util.Locale;

/**
 * The detectors behind a maldistribution finding (偏在の兆候), as the regulator's pages name them. Findings about a
 * single facility (an order surge, duplicate ordering) are counted, never named: wholesaler-allocation gives no
 * summary for them, and the pages say how many facilities, not which.
 */
public enum FindingRule {
    ORDER_SURGE("発注急増", "Order surge", true),
    DUPLICATE_ORDERING("重複発注", "Duplicate ordering", true),
    REGIONAL_IMBALANCE("地域偏在", "Regional imbalance", false),
    CANNOT_OBTAIN_CLUSTER("入手困難報告の集中", "Cluster of cannot-obtain reports", false);

    private final String japanese;
    private final String english;
    private final boolean aboutFacilities;

    FindingRule(String japanese, String english, boolean aboutFacilities) {
        this.japanese = japanese;
        this.english = english;
        this.aboutFacilities = aboutFacilities;
    }

    /** The rule of a service's code; null for null or a code this portal does not know. */
    public static FindingRule of(String code) {
        return java.util.Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst().orElse(null);
    }

    /** The rule's name in the page's language; the code itself for a rule this portal does not know. */
    public static String label(String code, Locale locale) {
        FindingRule rule = of(code);
        if (rule == null) {
            return code == null ? "" : code;
        }
        return Languages.isEnglish(locale) ? rule.english : rule.japanese;
    }

    /** Whether its findings are about single facilities: counted, not named. */
    public boolean aboutFacilities() {
        return aboutFacilities;
    }
}
