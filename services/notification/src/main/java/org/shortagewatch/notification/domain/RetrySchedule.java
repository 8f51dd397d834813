package org.shortagewatch.notification.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try a failed delivery again. The default is the Standard Webhooks schedule: immediately, then after 5 s,
 * 5 min, 30 min, 2 h, 5 h, 10 h and 10 h; after the last retry the delivery has failed for good.
 */
public record RetrySchedule(List<Duration> delays) {

    public static final RetrySchedule STANDARD_WEBHOOKS = new RetrySchedule(List.of(Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10)));

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} failed attempts, at least {@code retryAfter} when
     * the receiver asked for that; empty when no attempt is left.
     */
    public Optional<Duration> nextDelay(int attemptsMade, Optional<Duration> retryAfter) {
        if (attemptsMade < 1 || attemptsMade > delays.size()) {
            return Optional.empty();
        }
        Duration planned = delays.get(attemptsMade - 1);
        return Optional.of(retryAfter.filter(wanted -> wanted.compareTo(planned) > 0).orElse(planned));
    }

    /** The attempts a delivery gets in all: the first and one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }
}
