package org.shortagewatch.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
        return due(n, "https://example.org/hook");
    }

    private static List<DueDelivery> due(int n, String url) {
        List<DueDelivery> due = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            due.add(new DueDelivery(UUID.randomUUID(), Channel.WEBHOOK, 1, url, "s", null, "{}",
                    null, null, null, Severity.HIGH, null, new QuietHours(null, null)));
        }
        return due;
    }

    private static DeliveryRound.Bounds webhooks(int inFlight, int perEndpoint) {
        return new DeliveryRound.Bounds(inFlight, perEndpoint, d -> WebhookSender.endpoint(d.url()));
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
        List<DeliveryAttempt> made = round.send(due(40), DeliveryRound.Bounds.oneEndpoint(3), d -> Uni.createFrom().item(() -> {
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
        List<DeliveryAttempt> made = round.send(due, DeliveryRound.Bounds.oneEndpoint(1), d -> {
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
        List<DeliveryAttempt> made = round.send(due, DeliveryRound.Bounds.oneEndpoint(3), d -> d == due.get(1)
                ? Uni.createFrom().nothing() // an endpoint that never finishes its answer
                : Uni.createFrom().item(delivered(d)), DeliveryRoundTest::failed, new ConcurrentLinkedQueue<>())
                .await().atMost(Duration.ofSeconds(5));
        assertEquals(3, made.size());
        DeliveryAttempt hung = made.stream().filter(a -> a.due() == due.get(1)).findFirst().orElseThrow();
        assertEquals(TimeoutException.class.getSimpleName(), hung.error());
        assertTrue(made.stream().filter(a -> a != hung)
                .allMatch(a -> a.decision().status() == DeliveryPolicy.Status.DELIVERED));
    }

    @Test
    void oneEndpointGetsNoMoreThanItsConnectionsAndOthersDoNotWaitBehindItsBacklog() {
        List<DueDelivery> slow = due(12, "https://slow.example.org/hook");
        List<DueDelivery> quick = due(4, "https://quick.example.org:443/a");
        List<DueDelivery> due = new ArrayList<>(slow);
        due.addAll(quick);
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, Integer> most = new ConcurrentHashMap<>();
        Queue<DueDelivery> answered = new ConcurrentLinkedQueue<>();
        DeliveryRound round = new DeliveryRound(Duration.ofSeconds(5), Duration.ofSeconds(5), System::nanoTime,
                Runnable::run);
        List<DeliveryAttempt> made = round.send(due, webhooks(6, 2), d -> {
            String endpoint = WebhookSender.endpoint(d.url());
            most.merge(endpoint, inFlight.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet(),
                    Math::max);
            return Uni.createFrom().item(d).onItem().delayIt().by(Duration.ofMillis(slow.contains(d) ? 40 : 5))
                    .invoke(() -> inFlight.get(endpoint).decrementAndGet()).invoke(answered::add)
                    .map(DeliveryRoundTest::delivered);
        }, DeliveryRoundTest::failed, new ConcurrentLinkedQueue<>()).await().atMost(Duration.ofSeconds(10));
        assertEquals(16, made.size());
        assertEquals(Map.of("https://slow.example.org:443", 2, "https://quick.example.org:443", 2), most);
        assertTrue(List.copyOf(answered).subList(0, 6).containsAll(quick),
                "the quick endpoint's four are answered while the slow one's twelve wait their turn: " + answered);
    }

    @Test
    void anEndpointIsTheSchemeHostAndPortConnectionsArePooledBy() {
        assertEquals("https://hooks.example.jp:443", WebhookSender.endpoint("HTTPS://Hooks.Example.jp/a?b=c"));
        assertEquals("http://127.0.0.1:8080", WebhookSender.endpoint("http://127.0.0.1:8080/x"));
        assertEquals("not a url", WebhookSender.endpoint("not a url"));
    }
}
