package org.shortagewatch.common.ratelimit;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket per key (an organisation, or a client address): each request takes a token; a request that finds
 * the bucket empty is refused, and told how long until the next token.
 *
 * <p><b>Refill is greedy</b> (Bucket4j {@code refillGreedy}): tokens come back one at a time, evenly spread over the
 * period ({@code 600} per minute is one every 100 ms), never all at once at the end of a window. A caller that keeps
 * to the rate is never refused, one that bursts gets at most {@code capacity} requests back to back, and a refused
 * caller is told to wait for one token's worth of time, not for a whole window. Interval refill would instead let
 * every caller spend a full window's worth again at each window boundary, twice the rate around the boundary.
 *
 * <p><b>Memory is bounded.</b> Buckets live in a Caffeine cache that forgets a key once it has been idle for as long
 * as an empty bucket takes to fill up again: a bucket is then full, exactly as a new one would be, so forgetting it
 * changes nothing. On top of that the cache holds at most {@code maxKeys} buckets; only when more keys than that are
 * active at once (a flood from many addresses) does it forget the least-used ones early, which can only ever give
 * those keys a fresh, full bucket.
 *
 * <p>Plain Java, thread-safe, no Quarkus: time comes from a Bucket4j {@link TimeMeter}, which tests replace with a
 * clock they move by hand (bucket refill and the cache's idle expiry both follow it).
 */
public final class RateLimiter {

    /** How many buckets are kept at most, unless told otherwise. */
    public static final long DEFAULT_MAX_KEYS = 100_000;

    private final long capacity;
    private final long refillTokens;
    private final Duration refillPeriod;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    /**
     * @param capacity     the most tokens a bucket holds: the largest burst
     * @param refillTokens how many tokens come back per {@code refillPeriod}, spread evenly across it
     * @param refillPeriod the period of {@code refillTokens}
     * @param maxKeys      the most buckets kept at once
     * @param time         the time source ({@link TimeMeter#SYSTEM_NANOTIME} in production)
     */
    public RateLimiter(long capacity, long refillTokens, Duration refillPeriod, long maxKeys, TimeMeter time) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        if (refillTokens < 1) {
            throw new IllegalArgumentException("refillTokens must be at least 1, not " + refillTokens);
        }
        if (refillPeriod == null || refillPeriod.isNegative() || refillPeriod.isZero()) {
            throw new IllegalArgumentException("refillPeriod must be positive, not " + refillPeriod);
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, not " + maxKeys);
        }
        this.capacity = capacity;
        this.refillTokens = refillTokens;
        this.refillPeriod = refillPeriod;
        this.time = Objects.requireNonNull(time, "time");
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(timeToFill())
                .ticker(time::currentTimeNanos)
                // Evict on the calling thread: no background tasks, and deterministic in tests.
                .executor(Runnable::run)
                .build();
    }

    /**
     * {@code requestsPerPeriod} per {@code period}, bursts of up to {@code burst}, at most {@code maxKeys} buckets, on
     * the JVM's monotonic clock ({@link System#nanoTime()}: the buckets are local to this JVM, so a clock that never
     * jumps when the wall clock is adjusted is the right one).
     */
    public static RateLimiter perPeriod(long requestsPerPeriod, long burst, Duration period, long maxKeys) {
        return new RateLimiter(burst, requestsPerPeriod, period, maxKeys, TimeMeter.SYSTEM_NANOTIME);
    }

    /** Takes one token from {@code key}'s bucket, if there is one. */
    public Decision tryConsume(String key) {
        Objects.requireNonNull(key, "key");
        Bucket bucket = buckets.get(key, k -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? Decision.allow(probe.getRemainingTokens())
                : Decision.deny(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    public long capacity() {
        return capacity;
    }

    public long refillTokens() {
        return refillTokens;
    }

    public Duration refillPeriod() {
        return refillPeriod;
    }

    /** How many keys currently have a bucket (approximate, as any cache size is). */
    public long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** How long an empty bucket takes to fill up again: a key idle for that long has a full bucket. */
    Duration timeToFill() {
        // ceil(capacity * period / refillTokens), in nanoseconds; saturates rather than overflowing.
        BigInteger nanos = BigInteger.valueOf(refillPeriod.toNanos())
                .multiply(BigInteger.valueOf(capacity))
                .add(BigInteger.valueOf(refillTokens - 1))
                .divide(BigInteger.valueOf(refillTokens));
        return nanos.bitLength() < 63 ? Duration.ofNanos(nanos.longValueExact()) : Duration.ofNanos(Long.MAX_VALUE);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(refillTokens, refillPeriod))
                .withCustomTimePrecision(time)
                .build();
    }

    /**
     * Whether a request may go ahead. When allowed: how many tokens are left. When refused: how long until a token is
     * available again.
     */
    public record Decision(boolean allowed, long remainingTokens, Duration retryAfter) {

        public Decision {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        static Decision allow(long remainingTokens) {
            return new Decision(true, remainingTokens, Duration.ZERO);
        }

        static Decision deny(Duration retryAfter) {
            return new Decision(false, 0, retryAfter);
        }

        /**
         * The wait as an HTTP {@code Retry-After} value: whole seconds, rounded up, at least 1 (a client told
         * {@code 0} would retry at once and be refused again).
         */
        public long retryAfterSeconds() {
            long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
