package org.shortagewatch.common.messaging;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;

/**
 * The one lifecycle of every worker that drains a queue kept in a PostgreSQL table (the outbox relay, the bulk-job
 * runner, the delivery dispatcher): started with the application, woken at once by the table's {@code NOTIFY}
 * channel when a transaction that queued work commits, swept on a timer (which catches work left by a crash or a
 * missed notification), never draining twice at once, stopped with the application.
 *
 * <p>A worker extends this class and says what it drains ({@link #drainOnce()}) and, in its {@link Spec}, on which
 * channel, in batches of how many, and how often it sweeps. Periodic jobs that have no queue (detection sweeps, digests) are plain
 * {@code @Scheduled} methods instead.
 */
public abstract class QueueWorker {

    private static final Logger LOG = Logger.getLogger(QueueWorker.class);

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    private NotifiedDrain drain;
    private long sweepTimer = -1;

    /**
     * What a worker drains and how often.
     *
     * @param name what the logs call it, e.g. "outbox relay"
     * @param channel the PostgreSQL notification channel that the transactions queueing work notify
     * @param batchSize at most how many items one {@link #drainOnce()} takes; a full batch continues at once
     * @param sweepInterval how often the worker looks for work without being notified
     * @param enabled whether it runs in this process (a disabled worker leaves its queue for another)
     */
    public record Spec(String name, String channel, int batchSize, Duration sweepInterval, boolean enabled) {
    }

    /** This worker's {@link Spec}, read once at start-up. */
    protected abstract Spec spec();

    /**
     * Processes at most {@link #batchSize()} items; returns how many it processed. Called on the worker's
     * {@link #context()}, an event loop: blocking work (parsing a large file) must move to a worker thread.
     */
    protected abstract Uni<Integer> drainOnce();

    /** Prepares what the drain needs (clients, counters), before the first drain; nothing by default. */
    protected void starting() {
    }

    /**
     * The Vert.x context every drain runs on, asked once after {@link #starting()}: by default a context on one of
     * the application's event loops. A worker that must stay off them (the delivery dispatcher, whose rounds wait for
     * other parties' servers) answers an {@link OwnEventLoop}'s.
     */
    protected Context context() {
        return vertx.getDelegate().getOrCreateContext();
    }

    /** Releases what {@link #starting()} prepared, after the last drain was asked for; nothing by default. */
    protected void stopped() {
    }

    void startWorker(@Observes StartupEvent event) {
        starting();
        Spec spec = spec();
        if (!spec.enabled()) {
            LOG.warnf("%s disabled: its work stays queued until a process that runs it takes it", spec.name());
            return;
        }
        drain = NotifiedDrain.start(spec.name(), spec.batchSize(), this::drainOnce, vertx, config, spec.channel(),
                context());
        long every = Math.max(1, spec.sweepInterval().toMillis());
        sweepTimer = vertx.setPeriodic(Math.min(every, 1_000), every, tick -> wake());
    }

    void stopWorker(@Observes ShutdownEvent event) {
        if (sweepTimer >= 0) {
            vertx.cancelTimer(sweepTimer);
            sweepTimer = -1;
        }
        if (drain != null) {
            drain.close();
            drain = null;
        }
        stopped();
    }

    /** Asks for a drain now; coalesces with one already running. */
    public void wake() {
        NotifiedDrain current = drain;
        if (current != null) {
            current.wake();
        }
    }
}
