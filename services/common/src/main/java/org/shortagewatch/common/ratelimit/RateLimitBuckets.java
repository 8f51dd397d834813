package org.shortagewatch.common.ratelimit;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.shortagewatch.common.config.RateLimitSettings;
import org.shortagewatch.common.messaging.OwnPool;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The service's shared buckets ({@link SharedRateLimiter}) on connections of the limit's own ({@link OwnPool},
 * {@code shortagewatch.rate-limit.connections}, named {@value #CONNECTIONS} in PostgreSQL): they cache the take's
 * statement, so a take is one round trip, and it never waits for one of the application's connections nor keeps one
 * from a write. Every hour each instance forgets the buckets that are full again. Opened at the first take (the
 * filter that takes is built before the application's Vert.x is there); nothing is opened when the limit is off.
 */
@ApplicationScoped
public class RateLimitBuckets {

    /** What the limit's connections are called in PostgreSQL ({@code application_name}). */
    public static final String CONNECTIONS = "rate limit";
    private static final Logger LOG = Logger.getLogger(RateLimitBuckets.class);

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    @Inject
    RateLimitSettings settings;

    private Pool pool;
    private SharedRateLimiter limiter;

    @PostConstruct
    void open() {
        if (settings.enabled()) {
            long perMinute = settings.writesPerMinute();
            pool = OwnPool.open(vertx, config, settings.connections(), CONNECTIONS);
            limiter = new SharedRateLimiter(pool, settings.burst().orElse(perMinute), perMinute, Duration.ofMinutes(1));
        }
    }

    /** Takes one token from {@code key}'s bucket; fails when the database cannot be reached. */
    Uni<RateLimiter.Decision> tryConsume(String key) {
        return limiter.tryConsume(key);
    }

    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> forgetFull() {
        if (limiter == null) {
            return Uni.createFrom().voidItem();
        }
        return limiter.forgetFull().invoke(forgotten -> LOG.debugf("forgot %d full rate-limit buckets", forgotten))
                .replaceWithVoid();
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.close().subscribe().with(closed -> { }, failure -> { });
        }
    }
}
