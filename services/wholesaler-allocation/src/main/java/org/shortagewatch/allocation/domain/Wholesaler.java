package org.shortagewatch.allocation.domain;

/**
 * A licensed wholesaler (卸売販売業者) as the operator registered it: its code, as its users' tokens carry it, and its
 * name, which is public (a licence is).
 */
public record Wholesaler(String code, String name) {

    /** The longest name kept, in characters: a company's registered name with room to spare. */
    public static final int MAX_NAME = 100;
}
