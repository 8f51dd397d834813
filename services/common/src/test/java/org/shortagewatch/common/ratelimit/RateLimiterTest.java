package org.shortagewatch.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.TimeMeter;

/** Time only moves when a test moves it: no sleeping. */
class RateLimiterTest {

    /** A clock the test moves by hand; starts far from zero, as System.nanoTime may. */
    static final class ManualClock implements TimeMeter {
        private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration by) {
            nanos.addAndGet(by.toNanos());
        }
    }

    private final ManualClock clock = new ManualClock();

    private RateLimiter threePerMinute() {
        return new RateLimiter(3, 3, Duration.ofMinutes(1), 1_000, clock);
    }

    @Test
    void aFullBucketAllowsABurstOfItsCapacityThenRefusesWithTheWaitForOneToken() {
        RateLimiter limiter = threePerMinute();

        assertEquals(new RateLimiter.Decision(true, 2, Duration.ZERO), limiter.tryConsume("org:M1"));
        assertEquals(new RateLimiter.Decision(true, 1, Duration.ZERO), limiter.tryConsume("org:M1"));
        assertEquals(new RateLimiter.Decision(true, 0, Duration.ZERO), limiter.tryConsume("org:M1"));

        RateLimiter.Decision refused = limiter.tryConsume("org:M1");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(20), refused.retryAfter(), "3 per minute: one token every 20 s");
        assertEquals(20, refused.retryAfterSeconds());
    }

    @Test
    void refillIsGreedyOneTokenAtATimeNotTheWholeWindowAtOnce() {
        RateLimiter limiter = threePerMinute();
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryConsume("k").allowed());
        }

        clock.advance(Duration.ofSeconds(5));
        RateLimiter.Decision stillRefused = limiter.tryConsume("k");
        assertFalse(stillRefused.allowed());
        assertEquals(Duration.ofSeconds(15), stillRefused.retryAfter(), "the wait shrinks as time passes");

        clock.advance(Duration.ofSeconds(15));
        assertTrue(limiter.tryConsume("k").allowed(), "one token back after 20 s");
        assertFalse(limiter.tryConsume("k").allowed(), "but only one: greedy refill, not a new window");

        clock.advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryConsume("k").allowed(), "a long pause refills up to capacity");
        }
        assertFalse(limiter.tryConsume("k").allowed(), "and no further");
    }

    @Test
    void aCallerKeepingToTheRateIsNeverRefused() {
        RateLimiter limiter = new RateLimiter(1, 600, Duration.ofMinutes(1), 1_000, clock);
        for (int i = 0; i < 2_000; i++) {
            assertTrue(limiter.tryConsume("org:M1").allowed(), "request " + i);
            clock.advance(Duration.ofMillis(100));
        }
    }

    @Test
    void aWaitOfLessThanASecondIsStillAtLeastOneSecondOfRetryAfter() {
        RateLimiter limiter = new RateLimiter(1, 600, Duration.ofMinutes(1), 1_000, clock);
        assertTrue(limiter.tryConsume("k").allowed());
        RateLimiter.Decision refused = limiter.tryConsume("k");
        assertEquals(Duration.ofMillis(100), refused.retryAfter());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void retryAfterSecondsRoundsUpAndIsAtLeastOne() {
        assertEquals(1, deny(Duration.ZERO).retryAfterSeconds());
        assertEquals(1, deny(Duration.ofNanos(1)).retryAfterSeconds());
        assertEquals(1, deny(Duration.ofSeconds(1)).retryAfterSeconds());
        assertEquals(2, deny(Duration.ofSeconds(1).plusNanos(1)).retryAfterSeconds());
        assertEquals(20, deny(Duration.ofSeconds(20)).retryAfterSeconds());
        assertEquals(21, deny(Duration.ofMillis(20_001)).retryAfterSeconds());
    }

    private static RateLimiter.Decision deny(Duration wait) {
        return RateLimiter.Decision.deny(wait);
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        RateLimiter limiter = threePerMinute();
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryConsume("org:M1").allowed());
        }
        assertFalse(limiter.tryConsume("org:M1").allowed());
        assertTrue(limiter.tryConsume("org:M2").allowed(), "another organisation is not affected");
        assertTrue(limiter.tryConsume("ip:192.0.2.1").allowed());
    }

    @Test
    void aKeyIdleLongEnoughToHaveAFullBucketIsForgotten() {
        RateLimiter limiter = threePerMinute();
        assertEquals(Duration.ofMinutes(1), limiter.timeToFill());
        limiter.tryConsume("org:M1");
        limiter.tryConsume("org:M2");
        assertEquals(2, limiter.trackedKeys());

        clock.advance(Duration.ofSeconds(59));
        limiter.tryConsume("org:M2");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, limiter.trackedKeys(), "M1 idle for a full refill: forgotten; M2 used since: kept");

        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryConsume("org:M1").allowed(), "a forgotten key starts with a full bucket");
        }
        assertFalse(limiter.tryConsume("org:M1").allowed());
    }

    @Test
    void theNumberOfBucketsIsBounded() {
        RateLimiter limiter = new RateLimiter(3, 3, Duration.ofMinutes(1), 100, clock);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(limiter.tryConsume("ip:10.0." + (i / 256) + "." + (i % 256)).allowed());
        }
        assertTrue(limiter.trackedKeys() <= 100, "kept " + limiter.trackedKeys() + " buckets");
    }

    @Test
    void timeToFillIsCapacityOverRefillRateRoundedUp() {
        assertEquals(Duration.ofMinutes(1), new RateLimiter(600, 600, Duration.ofMinutes(1), 1, clock).timeToFill());
        assertEquals(Duration.ofSeconds(200), new RateLimiter(10, 3, Duration.ofMinutes(1), 1, clock).timeToFill());
        assertEquals(Duration.ofNanos(333_333_334), new RateLimiter(1, 3, Duration.ofSeconds(1), 1, clock).timeToFill());
        assertEquals(Duration.ofNanos(Long.MAX_VALUE),
                new RateLimiter(Long.MAX_VALUE / 2, 1, Duration.ofDays(365), 1, clock).timeToFill(), "saturates");
    }

    @Test
    void concurrentCallersTogetherGetExactlyTheCapacity() throws Exception {
        RateLimiter limiter = new RateLimiter(100, 100, Duration.ofMinutes(1), 1_000, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                calls.add(() -> limiter.tryConsume("org:M1").allowed());
            }
            long allowed = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                allowed += f.get() ? 1 : 0;
            }
            assertEquals(100, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nonsensicalLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 3, Duration.ofMinutes(1), 1, clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(3, 0, Duration.ofMinutes(1), 1, clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(3, 3, Duration.ZERO, 1, clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(3, 3, Duration.ofMinutes(1), 0, clock));
    }
}
