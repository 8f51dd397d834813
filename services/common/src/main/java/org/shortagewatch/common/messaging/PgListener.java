package org.shortagewatch.common.messaging;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Listens on a PostgreSQL notification channel ({@code LISTEN}) with the service's own datasource settings and runs
 * a callback for each notification, on the context it was started from; reconnects by itself. A transaction's
 * {@code pg_notify} is delivered at commit, which is exactly when the work it announces becomes visible.
 */
public final class PgListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PgListener.class);

    private final PgSubscriber subscriber;

    private PgListener(PgSubscriber subscriber) {
        this.subscriber = subscriber;
    }

    /** Starts listening; returns empty when no reactive datasource URL is configured. */
    public static Optional<PgListener> listen(Vertx vertx, Config config, String channel, Runnable onNotification) {
        Optional<PgConnectOptions> datasource = OwnPool.connectOptions(config);
        if (datasource.isEmpty()) {
            LOG.warnf("no quarkus.datasource.reactive.url: not listening on %s", channel);
            return Optional.empty();
        }
        PgConnectOptions options = datasource.get();
        PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempt -> 1000L);
        subscriber.channel(channel).handler(ignored -> onNotification.run());
        subscriber.connect().subscribe().with(
                ok -> LOG.debugf("listening on %s", channel),
                failure -> LOG.warnf(failure, "cannot LISTEN on %s; relying on the periodic sweep", channel));
        return Optional.of(new PgListener(subscriber));
    }

    @Override
    public void close() {
        subscriber.closeAndAwait();
    }
}
