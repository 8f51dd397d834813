package org.shortagewatch.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The time deliveries are scheduled by: when an attempt is due, when the next one is, when quiet hours end. The
 * system clock, unless a test sets another to walk a retry schedule of hours in seconds.
 */
@ApplicationScoped
public class DeliveryClock {

    private volatile Clock clock = Clock.systemUTC();

    /** Now, to the microsecond (what PostgreSQL keeps). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** For tests: schedule by this clock from now on. */
    public void use(Clock clock) {
        this.clock = clock;
    }
}
