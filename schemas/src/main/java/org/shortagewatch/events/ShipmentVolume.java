package org.shortagewatch.events;

/** Shipment volume (出荷量の状況) with the letter of the national list. */
public enum ShipmentVolume {
    A_PLUS("A+", "出荷量増加"),
    A("A", "出荷量通常"),
    B("B", "出荷量減少"),
    C("C", "出荷停止"),
    D("D", "販売中止・薬価削除予定");

    private final String letter;
    private final String japanese;

    ShipmentVolume(String letter, String japanese) {
        this.letter = letter;
        this.japanese = japanese;
    }

    /** The letter of the national list: A+, A, B, C or D. */
    public String letter() {
        return letter;
    }

    public String japanese() {
        return japanese;
    }
}
