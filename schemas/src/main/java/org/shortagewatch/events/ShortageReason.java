package org.shortagewatch.events;

/** Reason for limited shipment or a stop (限定出荷等の理由), with the code of the national list (7 is unused). */
public enum ShortageReason {
    DEMAND_INCREASE(1, "需要増"),
    RAW_MATERIALS(2, "原材料調達上の問題"),
    MANUFACTURING_TROUBLE(3, "製造トラブル"),
    QUALITY_TROUBLE(4, "品質トラブル"),
    REGULATORY_ACTION(5, "行政処分"),
    PRICE_LIST_DELETION(6, "薬価削除"),
    OTHER(8, "その他");

    private final int code;
    private final String japanese;

    ShortageReason(int code, String japanese) {
        this.code = code;
        this.japanese = japanese;
    }

    public int code() {
        return code;
    }

    public String japanese() {
        return japanese;
    }
}
