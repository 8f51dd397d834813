package org.shortagewatch.events;

/** Whether a date is a plan or a fact: an anticipated start of a shortage, or its actual start. */
public enum DateCertainty {
    ANTICIPATED("見込み"),
    ACTUAL("実績");

    private final String japanese;

    DateCertainty(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
