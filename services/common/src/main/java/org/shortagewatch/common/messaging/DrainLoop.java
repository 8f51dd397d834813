package org.shortagewatch.common.messaging;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * Runs a batch job ("drain") whenever it is woken, never twice at once: a wake-up during a drain makes it run once
 * more afterwards, and a full batch makes it continue at once. Used by the outbox relay and the delivery workers,
 * which are woken by PostgreSQL notifications and by a timer.
 */
public final class DrainLoop {

    private static final Logger LOG = Logger.getLogger(DrainLoop.class);

    private final String name;
    private final int batchSize;
    private final Supplier<Uni<Integer>> drainOnce;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeAgain = new AtomicBoolean();

    /**
     * @param drainOnce processes at most {@code batchSize} items and returns how many it processed
     */
    public DrainLoop(String name, int batchSize, Supplier<Uni<Integer>> drainOnce) {
        this.name = name;
        this.batchSize = batchSize;
        this.drainOnce = drainOnce;
    }

    public void wake() {
        wakeAgain.set(true);
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        wakeAgain.set(false);
        drainOnce.get().subscribe().with(done -> {
            draining.set(false);
            if (done >= batchSize || wakeAgain.get()) {
                wake();
            }
        }, failure -> {
            draining.set(false);
            LOG.warnf(failure, "%s failed; the work stays queued and is retried on the next wake-up", name);
        });
    }
}
