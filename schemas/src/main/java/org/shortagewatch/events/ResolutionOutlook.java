package org.shortagewatch.events;

/** Whether the shortage is expected to be resolved (解消見込み). */
public enum ResolutionOutlook {
    YES("あり"),
    NO("なし"),
    UNDECIDED("未定"),
    NOT_APPLICABLE("該当なし");

    private final String japanese;

    ResolutionOutlook(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
