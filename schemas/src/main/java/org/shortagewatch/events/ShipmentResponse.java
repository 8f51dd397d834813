package org.shortagewatch.events;

/** Shipment response (出荷対応の状況), with the code and wording of the national supply-status list. */
public enum ShipmentResponse {
    NORMAL(1, "通常出荷"),
    LIMITED_OWN_REASONS(2, "限定出荷（自社の事情）"),
    LIMITED_OTHER_COMPANY(3, "限定出荷（他社品の影響）"),
    LIMITED_OTHER(4, "限定出荷（その他）"),
    STOPPED(5, "供給停止");

    private final int code;
    private final String japanese;

    ShipmentResponse(int code, String japanese) {
        this.code = code;
        this.japanese = japanese;
    }

    /** The code in the national list (1-5). */
    public int code() {
        return code;
    }

    /** The wording users see. */
    public String japanese() {
        return japanese;
    }

    /** Limited shipment of any kind, or stopped: supply is short. */
    public boolean isShort() {
        return this != NORMAL;
    }
}
