package org.shortagewatch.common.messaging;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * A pool of connections of its own to the service's database (the URL, user and password of its datasource), beside
 * the application's pool: for a worker whose statements must never wait for one of the application's connections,
 * nor keep one from a request or a consumer. Its connections are opened on the event loop of the context that first
 * needs them, so a worker on an {@link OwnEventLoop} keeps them on its own thread. It names itself to PostgreSQL
 * ({@code application_name}), so {@code pg_stat_activity} tells its sessions from the application's.
 */
public final class OwnPool {

    private OwnPool() {
    }

    /** Opens a pool of at most {@code size} connections, named {@code name} in PostgreSQL. */
    public static Pool open(Vertx vertx, Config config, int size, String name) {
        PgConnectOptions options = connectOptions(config)
                .orElseThrow(() -> new IllegalStateException("no quarkus.datasource.reactive.url: " + name + " cannot connect"));
        options.addProperty("application_name", name);
        options.setCachePreparedStatements(true);
        return PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(size).setName(name))
                .connectingTo(options)
                .using(vertx)
                .build();
    }

    /** The datasource's connection settings as the application's pool reads them; empty without a reactive URL. */
    static Optional<PgConnectOptions> connectOptions(Config config) {
        Optional<String> url = config.getOptionalValue("quarkus.datasource.reactive.url", String.class);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url.get().replaceFirst("^vertx-reactive:", ""));
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        return Optional.of(options);
    }
}
