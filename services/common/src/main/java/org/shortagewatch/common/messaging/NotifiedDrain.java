package org.shortagewatch.common.messaging;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.Config;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * A {@link DrainLoop} woken by a PostgreSQL notification channel, as soon as a transaction that queued work commits,
 * and by {@link #wake()} from the owner's periodic sweep (which catches work left by a crash or a missed
 * notification). The outbox relay, the bulk-job runner and the webhook dispatcher all run this way.
 */
public final class NotifiedDrain implements AutoCloseable {

    private final DrainLoop loop;
    private final Optional<PgListener> listener;

    private NotifiedDrain(DrainLoop loop, Optional<PgListener> listener) {
        this.loop = loop;
        this.listener = listener;
    }

    /** Starts listening on {@code channel} and drains once at once. */
    public static NotifiedDrain start(String name, int batchSize, Supplier<Uni<Integer>> drainOnce, Vertx vertx,
            Config config, String channel) {
        DrainLoop loop = new DrainLoop(name, batchSize, drainOnce);
        NotifiedDrain drain = new NotifiedDrain(loop, PgListener.listen(vertx, config, channel, loop::wake));
        loop.wake();
        return drain;
    }

    public void wake() {
        loop.wake();
    }

    @Override
    public void close() {
        listener.ifPresent(PgListener::close);
    }
}
