package org.shortagewatch.allocation.service;

import org.shortagewatch.allocation.domain.Allocator;
import org.shortagewatch.allocation.domain.BaselineWindow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code shortagewatch.allocation.*}: the baseline window and the allocation policy. */
@ConfigMapping(prefix = "shortagewatch.allocation")
public interface AllocationSettings {

    Baseline baseline();

    /** The share of the recent purchase rate protected for patients on therapy (0 to 1). */
    @WithDefault("0.5")
    double therapyFloorShare();

    /** How many days before the period measure the recent purchase rate. */
    @WithDefault("28")
    int recentDays();

    @WithDefault("THERAPY_FLOOR_ONLY")
    Allocator.NewCustomerPolicy newCustomerPolicy();

    interface Baseline {
        @WithDefault("SAME_QUARTER_LAST_YEAR")
        BaselineWindow.Kind window();

        /** For {@code TRAILING_DAYS}: how many days before the period. */
        @WithDefault("90")
        int trailingDays();
    }

    default BaselineWindow baselineWindow() {
        return baseline().window() == BaselineWindow.Kind.TRAILING_DAYS
                ? BaselineWindow.trailingDays(baseline().trailingDays()) : BaselineWindow.SAME_QUARTER_LAST_YEAR;
    }

    default Allocator.Policy policy() {
        return new Allocator.Policy(therapyFloorShare(), recentDays(), newCustomerPolicy());
    }
}
