package org.shortagewatch.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count as the ministry's survey tables print it beside the number: a percentage of the products that responded
 * (have a status on the day), to one decimal place, rounded half-up (13,199 of 17,470 is 75.6).
 */
public final class SurveyPercent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SurveyPercent() {
    }

    /** {@code count} as a percentage of {@code responders}; null when no product responded (there is no share). */
    public static BigDecimal of(long count, long responders) {
        if (responders <= 0) {
            return null;
        }
        // exact decimal arithmetic: a double would round 0.05 boundaries the wrong way
        return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(responders), 1,
                RoundingMode.HALF_UP);
    }
}
