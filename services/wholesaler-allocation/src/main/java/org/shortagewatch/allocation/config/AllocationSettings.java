package org.shortagewatch.allocation.config;

import org.shortagewatch.allocation.domain.Allocator;
import org.shortagewatch.allocation.domain.BaselineWindow;

import io.smallrye.config.ConfigMapping;

/**
 * {@code shortagewatch.allocation.*}: the baseline window and the allocation policy. Every value, default included,
 * is in {@code application.properties}, where operators see it (and override it by environment variable).
 */
@ConfigMapping(prefix = "shortagewatch.allocation")
public interface AllocationSettings {

    Baseline baseline();

    /** The share of the recent purchase rate protected for patients on therapy (0 to 1). */
    double therapyFloorShare();

    /** How many days before the period measure the recent purchase rate. */
    int recentDays();

    Allocator.NewCustomerPolicy newCustomerPolicy();

    interface Baseline {
        BaselineWindow.Kind window();

        /** For {@code TRAILING_DAYS}: how many days before the period. */
        int trailingDays();
    }

    default BaselineWindow baselineWindow() {
        return baseline().window() == BaselineWindow.Kind.TRAILING_DAYS
                ? BaselineWindow.trailingDays(baseline().trailingDays()) : BaselineWindow.SAME_QUARTER_LAST_YEAR;
    }

    /** The allocator's policy; {@code guidanceRatio} is the order guidance's (detection's surge ratio, 1.10). */
    default Allocator.Policy policy(double guidanceRatio) {
        return new Allocator.Policy(therapyFloorShare(), recentDays(), newCustomerPolicy(), guidanceRatio);
    }
}
