package org.shortagewatch.common.ratelimit;

import java.time.Duration;
import java.util.Objects;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Token buckets kept in the service's database ({@code rate_limit_bucket}, one row per key), so that every instance
 * of a service takes from the same bucket: an organisation gets its limit once, however many instances answer it.
 * The same buckets as {@link RateLimiter}'s (greedy refill, one token back every {@code period / refillTokens}, at
 * most {@code capacity} at once), on the database's clock, so instances whose clocks differ still agree.
 *
 * <p>A bucket is one timestamp, {@code full_at}: when it is full again if nothing more is taken. It holds
 * {@code capacity - (full_at - now) / interval} tokens, so a take is granted while {@code full_at} lies at most
 * {@code (capacity - 1)} intervals ahead, and moves it one interval on. A key without a row has a full bucket.
 *
 * <p>One statement per take, atomic under the row's lock: an insert of a bucket that has just given its first token,
 * or, when the key has a row, the update that grants or refuses and says how long until the next token. On
 * connections that cache the statement ({@link RateLimitBuckets}'), a take costs one round trip.
 *
 * <p>{@link #forgetFull()} deletes the buckets that are full: a missing row is a full bucket, so it changes nothing.
 */
public final class SharedRateLimiter {

    // $2 = the interval, $3 = the tolerance. excluded.full_at is now plus one interval (a new bucket after its first
    // take), so "b.full_at + interval <= excluded.full_at + tolerance" reads "b.full_at <= now + tolerance": a token is
    // left. The database's clock is read once, into excluded.full_at, so both assignments compare the same values.
    static final String TAKE = """
            insert into rate_limit_bucket as b (key, full_at, granted)
            values ($1, clock_timestamp() + make_interval(secs => $2), true)
            on conflict (key) do update
            set granted = b.full_at + make_interval(secs => $2) <= excluded.full_at + make_interval(secs => $3),
                full_at = case when b.full_at + make_interval(secs => $2) <= excluded.full_at + make_interval(secs => $3)
                               then greatest(b.full_at + make_interval(secs => $2), excluded.full_at)
                               else b.full_at end
            returning granted, extract(epoch from full_at - clock_timestamp())::float8 as full_in""";

    static final String FORGET_FULL = "delete from rate_limit_bucket where full_at < clock_timestamp()";

    private final Pool pool;
    private final long capacity;
    /** Seconds per token. */
    private final double interval;
    /** How far ahead of now, in seconds, {@code full_at} may lie with a token still left. */
    private final double tolerance;

    /**
     * @param pool         connections to the service's database
     * @param capacity     the most tokens a bucket holds: the largest burst
     * @param refillTokens how many tokens come back per {@code refillPeriod}, spread evenly across it
     * @param refillPeriod the period of {@code refillTokens}
     */
    public SharedRateLimiter(Pool pool, long capacity, long refillTokens, Duration refillPeriod) {
        if (capacity < 1 || refillTokens < 1 || refillPeriod == null || refillPeriod.isNegative()
                || refillPeriod.isZero()) {
            throw new IllegalArgumentException("capacity (" + capacity + ") and refillTokens (" + refillTokens
                    + ") must be at least 1, refillPeriod (" + refillPeriod + ") positive");
        }
        this.pool = Objects.requireNonNull(pool, "pool");
        this.capacity = capacity;
        this.interval = refillPeriod.toNanos() / 1e9 / refillTokens;
        this.tolerance = (capacity - 1) * interval;
    }

    /**
     * Takes one token from {@code key}'s bucket, if there is one. Fails when the database cannot be reached, as the
     * write itself would: the caller answers that as any other dependency failure, never as a refusal or a pass.
     */
    public Uni<RateLimiter.Decision> tryConsume(String key) {
        Objects.requireNonNull(key, "key");
        return pool.preparedQuery(TAKE).execute(Tuple.of(key, interval, tolerance))
                .map(rows -> decision(rows.iterator().next()));
    }

    private RateLimiter.Decision decision(Row row) {
        double fullIn = row.getDouble("full_in");
        if (row.getBoolean("granted")) {
            long left = (long) Math.floor((capacity * interval - fullIn) / interval);
            return RateLimiter.Decision.allow(Math.max(0, Math.min(capacity - 1, left)));
        }
        double wait = Math.max(0, fullIn - tolerance);
        return RateLimiter.Decision.deny(Duration.ofNanos((long) Math.ceil(wait * 1e9)));
    }

    /** Deletes the buckets that are full again; answers how many. */
    public Uni<Integer> forgetFull() {
        return pool.query(FORGET_FULL).execute().map(rows -> rows.rowCount());
    }
}
