package org.shortagewatch.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.DeliveryPolicy;
import org.shortagewatch.notification.domain.QuietHours;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.persistence.DeliveryAttempt;
import org.shortagewatch.notification.persistence.DueDelivery;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;

/** A round's bounds, without a service: how many sends at once, when it stops starting them, how long each may take. */
class DeliveryRoundTest {

    private static List<DueDelivery> due(int n) {
        List<DueDelivery> due = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            due.add(new DueDelivery(UUID.randomUUID(), Channel.WEBHOOK, 1, "https://example.org/hook", "s", null, "{}",
                    null, null, null, Severity.HIGH, null, new QuietHours(null, null)));
        }
        return due;
    }

    private static DeliveryAttempt delivered(DueDelivery d) {
        return new DeliveryAttempt(d, 204, null,
                new DeliveryPolicy.Decision(DeliveryPolicy.Status.DELIVERED, Optional.empty(), false), 1);
    }

    private static DeliveryAttempt failed(DueDelivery d, Throwable failure) {
        return DeliveryAttempt.failedForGood(d, failure.getClass().getSimpleName());
    }

    @Test
    void atMostSoManySendsAreInFlightAtOnce() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        DeliveryRound round = new DeliveryRound(Duration.ofSeconds(5), Duration.ofSeconds(5), System::nanoTime,
                Runnable::run);
        List<DeliveryAttempt> made = round.send(due(40), 3, d -> Uni.createFrom().item(() -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return d;
        }).onItem().delayIt().by(Duration.ofMillis(5)).invoke(inFlight::decrementAndGet).map(DeliveryRoundTest::delivered),
                DeliveryRoundTest::failed, new ConcurrentLinkedQueue<>()).await().atMost(Duration.ofSeconds(10));
        assertEquals(40, made.size());
        assertEquals(3, most.get());
    }

    @Test
    void deliveriesTheWindowClosedOnAreLeftUnstartedForTheNextRound() {
        AtomicLong now = new AtomicLong();
        DeliveryRound round = new DeliveryRound(Duration.ofSeconds(10), Duration.ofSeconds(10), now::get,
                Runnable::run);
        Queue<DueDelivery> notStarted = new ConcurrentLinkedQueue<>();
        List<DueDelivery> due = due(5);
        List<DueDelivery> started = new ArrayList<>();
        List<DeliveryAttempt> made = round.send(due, 1, d -> {
            started.add(d);
            now.addAndGet(Duration.ofSeconds(4).toNanos()); // each send takes 4 s of the round's 10 s window
            return Uni.createFrom().item(delivered(d));
        }, DeliveryRoundTest::failed, notStarted).await().atMost(Duration.ofSeconds(5));
        assertEquals(due.subList(0, 3), started, "started at 0, 4 and 8 s");
        assertEquals(3, made.size());
        assertEquals(due.subList(3, 5), List.copyOf(notStarted), "at 12 s the window had closed");
    }

    @Test
    void aSendNotAnsweredWithinTheTimeoutIsAFailedAttemptAndTheOthersGoOn() {
        DeliveryRound round = new DeliveryRound(Duration.ofMillis(200), Duration.ofSeconds(5), System::nanoTime,
                Runnable::run);
        List<DueDelivery> due = due(3);
        List<DeliveryAttempt> made = round.send(due, 3, d -> d == due.get(1)
                ? Uni.createFrom().nothing() // an endpoint that never finishes its answer
                : Uni.createFrom().item(delivered(d)), DeliveryRoundTest::failed, new ConcurrentLinkedQueue<>())
                .await().atMost(Duration.ofSeconds(5));
        assertEquals(3, made.size());
        DeliveryAttempt hung = made.stream().filter(a -> a.due() == due.get(1)).findFirst().orElseThrow();
        assertEquals(TimeoutException.class.getSimpleName(), hung.error());
        assertTrue(made.stream().filter(a -> a != hung)
                .allMatch(a -> a.decision().status() == DeliveryPolicy.Status.DELIVERED));
    }
}
