package org.shortagewatch.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.shortagewatch.common.messaging.PgListener;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;

/**
 * A tick each time a transaction that wrote feed rows (inbox and server-sent events) commits: the
 * {@link RecipientMatcher} notifies {@value #CHANNEL}, and this listens on it once for the whole service, so open streams read
 * their new rows at once instead of on their next poll.
 */
@ApplicationScoped
public class FeedSignals {

    /** Notified at commit when feed rows (SSE, INBOX) were written. */
    public static final String CHANNEL = "feed";

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    private final BroadcastProcessor<Long> ticks = BroadcastProcessor.create();
    private PgListener listener;

    void start(@Observes StartupEvent event) {
        listener = PgListener.listen(vertx, config, CHANNEL, () -> ticks.onNext(System.nanoTime()))
                .orElse(null);
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.close();
        }
        ticks.onComplete();
    }

    /** A hot stream of commit ticks (their time in nanoseconds); a subscriber sees those after it subscribed. */
    public Multi<Long> ticks() {
        return ticks;
    }
}
