package org.shortagewatch.portal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share the services answer as a fraction (0.756), as people read it: a percentage to one decimal, 75.6%. */
public final class Shares {

    private Shares() {
    }

    /** {@code 75.6%}, rounded half-up as the ministry's tables print it; empty when there is no share. */
    public static String percent(Double share) {
        if (share == null || share.isNaN() || share.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
