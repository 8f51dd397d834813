package org.shortagewatch.allocation.rest;

/**
 * The codes this service's paths carry that schemas has no format for, as Bean Validation checks them: the pattern,
 * and the hint a refusal gives.
 */
final class PathCodes {

    /** A wholesaler's code, as its tokens carry it. */
    static final String WHOLESALER = "^[A-Za-z0-9_-]{1,64}$";
    static final String WHOLESALER_HINT = "must be 1-64 letters, digits, '_' or '-'";

    /** An ingredient key: the first 7 digits of a YJ code. */
    static final String INGREDIENT = "^[0-9]{7}$";
    static final String INGREDIENT_HINT = "must be an ingredient key: the first 7 digits of a YJ code, e.g. 2456001";

    private PathCodes() {
    }
}
