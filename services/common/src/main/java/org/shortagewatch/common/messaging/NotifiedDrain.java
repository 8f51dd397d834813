package org.shortagewatch.common.messaging;

import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.Config;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;

/**
 * A {@link DrainLoop} woken by a PostgreSQL notification channel, as soon as a transaction that queued work commits,
 * and by {@link #wake()} from the owner's periodic sweep (which catches work left by a crash or a missed
 * notification). The outbox relay, the bulk-job runner and the webhook dispatcher all run this way. Every drain runs
 * on the one Vert.x context the drain was started with, whoever wakes it: the listener's connection is opened from
 * that context, and a wake-up from anywhere else is handed to it.
 */
public final class NotifiedDrain implements AutoCloseable {

    private final DrainLoop loop;
    private final Context context;
    private volatile Optional<PgListener> listener = Optional.empty();

    private NotifiedDrain(DrainLoop loop, Context context) {
        this.loop = loop;
        this.context = context;
    }

    /** Starts listening on {@code channel} from {@code context} and drains once at once, there. */
    public static NotifiedDrain start(String name, int batchSize, Supplier<Uni<Integer>> drainOnce, Vertx vertx,
            Config config, String channel, Context context) {
        NotifiedDrain drain = new NotifiedDrain(new DrainLoop(name, batchSize, drainOnce), context);
        context.runOnContext(started -> {
            drain.listener = PgListener.listen(vertx, config, channel, drain::wake);
            drain.loop.wake();
        });
        return drain;
    }

    /** Asks for a drain on the drain's context; coalesces with one already running. */
    public void wake() {
        if (io.vertx.core.Vertx.currentContext() == context) {
            loop.wake();
        } else {
            context.runOnContext(woken -> loop.wake());
        }
    }

    @Override
    public void close() {
        listener.ifPresent(PgListener::close);
    }
}
