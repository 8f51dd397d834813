package org.shortagewatch.events;

/** Supply-security class (供給確保医薬品, formerly 安定確保医薬品): A, B, C, or none. */
public enum SupplySecurityClass {
    A("A"),
    B("B"),
    C("C"),
    NONE("");

    private final String label;

    SupplySecurityClass(String label) {
        this.label = label;
    }

    /** As the national list prints it: the letter, or an empty cell for none. */
    public String label() {
        return label;
    }
}
