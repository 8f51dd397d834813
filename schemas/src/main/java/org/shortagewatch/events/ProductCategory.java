package org.shortagewatch.events;

/** Product category (製品区分) of the national list. */
public enum ProductCategory {
    BRAND("先発品"),
    QUASI_BRAND("準先発品"),
    /** A brand that has generics. */
    LONG_LISTED_BRAND("長期収載品"),
    GENERIC("後発品"),
    /** Pharmacopoeia items, kampo, crude drugs, biologics such as vaccines and blood products, old approvals. */
    OTHER("その他の医薬品");

    private final String japanese;

    ProductCategory(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
