package org.shortagewatch.notification.domain;

/**
 * What an alert is about; the {@code alert.kind} column holds the name, and the inbox and server-sent events show it
 * (the event name of a stream entry).
 */
public enum AlertKind {
    /** A product's shipment response changed (a supply-status event). */
    SUPPLY_STATUS("出荷状況の変更", "supply status changed"),
    /** A same-ingredient product became limited or stopped: demand is expected to move to the followed product. */
    DEMAND_SHIFT("需要移行の見込み", "demand expected to shift"),
    /** A maldistribution finding opened or resolved. */
    MALDISTRIBUTION("偏在の検知", "maldistribution finding"),
    /** A wholesaler's allocation plan. */
    ALLOCATION("出荷調整の配分", "allocation plan"),
    /** A cooperation-request notice (事務連絡) was published. */
    NOTICE("事務連絡", "cooperation-request notice"),
    /** A published notice was withdrawn. */
    NOTICE_WITHDRAWN("事務連絡の撤回", "notice withdrawn"),
    /** A facility's daily digest e-mail. */
    DIGEST("日次まとめ", "daily digest"),
    /** A manufacturer has limited or stopped products whose status it has not confirmed for too long. */
    CONFIRMATION_DUE("出荷状況の確認のお願い", "status confirmation due");

    private final String japanese;
    private final String english;

    AlertKind(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String japanese() {
        return japanese;
    }

    public String english() {
        return english;
    }
}
