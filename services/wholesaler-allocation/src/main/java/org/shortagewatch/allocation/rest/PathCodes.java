package org.shortagewatch.allocation.rest;

import org.shortagewatch.events.YjCodes;

/**
 * The codes this service's paths carry, as Bean Validation checks them: the pattern, and the message key of the hint
 * a refusal gives (common's {@code ContributorValidationMessages}, in the caller's language).
 */
final class PathCodes {

    /** A wholesaler's code, as its tokens carry it. */
    static final String WHOLESALER = "^[A-Za-z0-9_-]{1,64}$";
    static final String WHOLESALER_HINT = "{shortagewatch.orgcode.format}";

    /** An ingredient key: the first 7 digits of a YJ code. */
    static final String INGREDIENT = YjCodes.INGREDIENT_KEY_PATTERN;
    static final String INGREDIENT_HINT = YjCodes.INGREDIENT_KEY_MESSAGE;

    private PathCodes() {
    }
}
