package org.shortagewatch.events;

/** Drug category (薬剤区分) of the national list. */
public enum DrugCategory {
    INTERNAL("内用薬"),
    EXTERNAL("外用薬"),
    INJECTION("注射薬");

    private final String japanese;

    DrugCategory(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
