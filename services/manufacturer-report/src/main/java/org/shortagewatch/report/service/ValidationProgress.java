package org.shortagewatch.report.service;

import java.time.Duration;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * How far the check of a bulk job's rows got, passed on every {@code every} rows or once {@code interval} has passed
 * since it was last passed on, whichever comes first: a list of 18,520 rows shows its {@code validatedRows} growing
 * while it is checked, without a write per row. Told the number of rows checked after each row; not thread-safe (one
 * job's rows are checked on one thread).
 */
final class ValidationProgress implements IntConsumer {

    private final int every;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final IntConsumer report;
    private int reported;
    private long reportedAt;

    /**
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     * @param report takes the number of rows checked so far
     */
    ValidationProgress(int every, Duration interval, LongSupplier nanoClock, IntConsumer report) {
        this.every = every;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
        this.report = report;
        this.reportedAt = nanoClock.getAsLong();
    }

    /** {@code checked} rows have been checked. */
    @Override
    public void accept(int checked) {
        long now = nanoClock.getAsLong();
        if (checked - reported >= every || now - reportedAt >= intervalNanos) {
            reported = checked;
            reportedAt = now;
            report.accept(checked);
        }
    }
}
