package org.shortagewatch.events;

/** The detector behind a maldistribution finding (偏在の兆候). */
public enum MaldistributionRule {
    /** A facility orders above its baseline by more than the guideline during limited shipment. */
    ORDER_SURGE("発注急増"),
    /** One facility orders the same product from several wholesalers in one period. */
    DUPLICATE_ORDERING("重複発注"),
    /** Days of supply by prefecture far apart for one ingredient. */
    REGIONAL_IMBALANCE("地域偏在"),
    /** A cluster of "cannot obtain" reports from one prefecture. */
    CANNOT_OBTAIN_CLUSTER("入手困難報告の集中");

    private final String japanese;

    MaldistributionRule(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
