package org.shortagewatch.common.security;

/** The roles a caller can hold (JWT {@code groups} claim, or an API key's role). */
public final class Roles {
    public static final String MANUFACTURER = "manufacturer";
    public static final String WHOLESALER = "wholesaler";
    /** A pharmacy, hospital or clinic. */
    public static final String FACILITY = "facility";
    public static final String REGULATOR = "regulator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
