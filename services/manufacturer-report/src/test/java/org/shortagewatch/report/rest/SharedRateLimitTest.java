package org.shortagewatch.report.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.messaging.OwnPool;
import org.shortagewatch.common.ratelimit.RateLimiter.Decision;
import org.shortagewatch.common.ratelimit.SharedRateLimiter;
import org.shortagewatch.common.rest.DependencyFailures;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * The rate limit holds across instances: two independent limiters, each with connections of its own to the
 * service's database as two instances of the service have, take from one bucket per key, on the database's clock.
 * The service here only supplies the migrated database; {@link RateLimitTest} covers the filter's 429.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class SharedRateLimitTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    private Pool first;
    private Pool second;

    @BeforeEach
    void twoInstances() {
        first = OwnPool.open(vertx, config, 4, "rate limit, instance 1");
        second = OwnPool.open(vertx, config, 4, "rate limit, instance 2");
    }

    @AfterEach
    void closeThem() {
        first.close().await().atMost(Duration.ofSeconds(10));
        second.close().await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void twoInstancesTakeFromOneBucketPerOrganisation() {
        SharedRateLimiter one = new SharedRateLimiter(first, 3, 3, MINUTE);
        SharedRateLimiter two = new SharedRateLimiter(second, 3, 3, MINUTE);
        String org = key();

        assertEquals(new Decision(true, 2, Duration.ZERO), take(one, org));
        assertEquals(new Decision(true, 1, Duration.ZERO), take(two, org));
        assertEquals(new Decision(true, 0, Duration.ZERO), take(one, org));
        Decision refused = take(two, org);
        assertFalse(refused.allowed(), "the fourth write in a minute, whichever instance it reaches");
        // one token every 20 s: the next is about 20 s away
        assertTrue(refused.retryAfterSeconds() >= 15 && refused.retryAfterSeconds() <= 20, refused.toString());
        assertFalse(take(one, org).allowed());

        assertTrue(take(two, key()).allowed(), "another organisation has its own bucket");
    }

    @Test
    void concurrentWritesThroughTwoInstancesNeverExceedTheBurst() {
        // 10 an hour: no token comes back while the test runs
        SharedRateLimiter one = new SharedRateLimiter(first, 10, 10, Duration.ofHours(1));
        SharedRateLimiter two = new SharedRateLimiter(second, 10, 10, Duration.ofHours(1));
        String org = key();
        List<Uni<Decision>> takes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            takes.add(one.tryConsume(org));
            takes.add(two.tryConsume(org));
        }
        List<Decision> decisions = Uni.join().all(takes).andFailFast().await().atMost(Duration.ofSeconds(30));
        assertEquals(10, decisions.stream().filter(Decision::allowed).count(), decisions.toString());
    }

    @Test
    void aTokenComesBackAfterItsIntervalForEveryInstance() throws Exception {
        // 30 a minute, bursts of 1: one token every 2 s
        SharedRateLimiter one = new SharedRateLimiter(first, 1, 30, MINUTE);
        SharedRateLimiter two = new SharedRateLimiter(second, 1, 30, MINUTE);
        String org = key();
        long start = System.nanoTime();
        assertTrue(take(one, org).allowed());
        Decision refused = take(two, org);
        assumeTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(1500)) < 0,
                "the machine took too long between the two takes to tell");
        assertFalse(refused.allowed());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 2, refused.toString());

        Thread.sleep(refused.retryAfter().toMillis() + 50);
        assertTrue(take(two, org).allowed(), "after the wait the other instance gets the token back");
    }

    @Test
    void forgettingFullBucketsChangesNothing() throws Exception {
        SharedRateLimiter hourly = new SharedRateLimiter(first, 1, 1, Duration.ofHours(1));
        SharedRateLimiter fast = new SharedRateLimiter(second, 1, 6_000, MINUTE); // full again after 10 ms
        String empty = key();
        String full = key();
        assertTrue(take(hourly, empty).allowed());
        assertTrue(take(fast, full).allowed());
        Thread.sleep(50);

        int forgotten = hourly.forgetFull().await().atMost(Duration.ofSeconds(10));
        assertTrue(forgotten >= 1, "forgot " + forgotten);
        assertEquals(0, rows(full), "a full bucket's row is forgotten");
        assertEquals(1, rows(empty), "an empty one's is kept");
        assertFalse(take(hourly, empty).allowed(), "and still empty");
        assertTrue(take(fast, full).allowed());
    }

    @Test
    void anUnreachableDatabaseFailsTheTakeAsADependencyFailure() {
        // nothing listens on port 1: the write is answered 503 as it would be without the limit, never 429 or let
        // through
        Pool unreachable = PgBuilder.pool().with(new PoolOptions().setMaxSize(1))
                .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(1).setDatabase("report")
                        .setUser("nobody").setPassword("nobody"))
                .using(vertx).build();
        try {
            SharedRateLimiter limiter = new SharedRateLimiter(unreachable, 3, 3, MINUTE);
            Throwable failure = assertThrows(Throwable.class,
                    () -> limiter.tryConsume(key()).await().atMost(Duration.ofSeconds(30)));
            assertTrue(DependencyFailures.isDependencyFailure(failure), failure.toString());
        } finally {
            unreachable.close().await().atMost(Duration.ofSeconds(10));
        }
    }

    private static Decision take(SharedRateLimiter limiter, String key) {
        return limiter.tryConsume(key).await().atMost(Duration.ofSeconds(10));
    }

    /** A key of this test's own: an organisation no other test writes as. */
    private static String key() {
        return "org:SHARED-" + UUID.randomUUID();
    }

    private static long rows(String key) throws Exception {
        return TestDatabase.count("select count(*) from rate_limit_bucket where key = ?", key);
    }
}
