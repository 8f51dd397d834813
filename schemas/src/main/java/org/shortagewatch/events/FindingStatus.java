package org.shortagewatch.events;

/** Whether a maldistribution finding still holds. */
public enum FindingStatus {
    OPEN("未解消"),
    RESOLVED("解消済み");

    private final String japanese;

    FindingStatus(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
