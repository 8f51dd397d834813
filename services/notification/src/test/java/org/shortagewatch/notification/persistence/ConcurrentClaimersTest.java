package org.shortagewatch.notification.persistence;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.delivery.DeliveryClock;
import org.shortagewatch.notification.delivery.DeliveryDispatcher;
import org.shortagewatch.notification.delivery.WebhookReceiver;
import org.shortagewatch.notification.delivery.WebhookSender;
import org.shortagewatch.notification.delivery.WithWebhookReceiver;
import org.shortagewatch.notification.matching.MatchingTest;
import org.shortagewatch.notification.network.WebhookTargets;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * The order per product is the claim's, so it holds however many dispatchers claim at once. A backlog of several
 * revisions of several products for several facilities is written while the application's dispatcher sees none of
 * it due (its clock is set an hour back); then two more dispatchers, each with a queue and connections of its own as
 * another instance of the service would have, claim small batches, send them through the real sender and settle them,
 * all at once, and the application's dispatcher joins them. Every endpoint receives every product's revisions, each
 * once and in order, and each of the three claimed some of them.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class ConcurrentClaimersTest extends WithWebhookReceiver {

    private static final int PRODUCTS = 4;
    private static final int REVISIONS = 6;
    private static final int FACILITIES = 3;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    DeliveryClock clock;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookSender webhooks;

    /** What another instance's queue is opened with. */
    @Inject
    Vertx vertx;

    @Inject
    NotificationSettings.Webhook settings;

    @Inject
    Config config;

    /** A queue of its own, as another instance of the service has. */
    private DeliveryQueue anotherQueue() {
        DeliveryQueue queue = new DeliveryQueue();
        queue.vertx = vertx;
        queue.config = config;
        queue.settings = settings;
        queue.open();
        return queue;
    }

    /** One dispatcher's rounds until {@code stop}: claim two at most, send them at once, settle; answers how many it sent. */
    private int dispatch(DeliveryQueue queue, AtomicBoolean stop) throws InterruptedException {
        int sent = 0;
        while (!stop.get()) {
            DeliveryQueue.Claim claim = queue.claim(2, 35, Instant.now()).await().atMost(Duration.ofSeconds(10));
            List<DueDelivery> due = claim.due();
            if (due.isEmpty()) {
                Thread.sleep(5);
                continue;
            }
            List<DeliveryAttempt> made = Uni.join().all(due.stream()
                    .map(d -> targets.verdict(d.url()).chain(verdict -> webhooks.send(d, verdict))).toList())
                    .andFailFast().await().atMost(Duration.ofSeconds(30));
            queue.settle(made, Instant.now(), Duration.ofDays(5)).await().atMost(Duration.ofSeconds(10));
            sent += due.size();
        }
        return sent;
    }

    @Test
    void twoMoreDispatchersClaimingAtOnceKeepEveryProductsRevisionsInOrder() throws Exception {
        String ingredient = MatchingTest.ingredient();
        List<String> products = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            products.add(ingredient + "F" + (1 + p) + "022");
        }
        List<String> facilities = new ArrayList<>();
        for (int f = 0; f < FACILITIES; f++) {
            String facility = MatchingTest.facility();
            facilities.add(facility);
            MatchingTest.subscribe(facility, "INGREDIENT", ingredient, "[\"WEBHOOK\"]", "INFO", receiver.url("/" + facility));
        }
        receiver.delay(Duration.ofMillis(20));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        DeliveryQueue first = anotherQueue();
        DeliveryQueue second = anotherQueue();
        try {
            clock.use(Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC));
            for (int revision = 1; revision <= REVISIONS; revision++) {
                for (String yj : products) {
                    MatchingTest.publish(UUID.randomUUID(), yj, revision % 2 == 1 ? ShipmentResponse.STOPPED
                            : ShipmentResponse.NORMAL, revision, "M0001");
                }
            }
            int expected = PRODUCTS * REVISIONS * FACILITIES;
            await().atMost(Duration.ofSeconds(30)).until(() -> count(ingredient, "PENDING") == expected);
            assertEquals(0, receiver.received("/" + facilities.get(0)).size(), "nothing was due before they start");

            Future<Integer> byFirst = dispatchers.submit(() -> dispatch(first, stop));
            Future<Integer> bySecond = dispatchers.submit(() -> dispatch(second, stop));
            Thread.sleep(300);
            clock.use(Clock.systemUTC()); // the application's dispatcher joins
            dispatcher.wake();
            await().atMost(Duration.ofSeconds(60)).until(() -> count(ingredient, "DELIVERED") == expected);
            stop.set(true);
            int sentByOthers = byFirst.get() + bySecond.get();

            for (String facility : facilities) {
                Map<String, List<Long>> arrived = arrivedInOrder(receiver.received("/" + facility));
                for (String yj : products) {
                    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), arrived.get(yj),
                            facility + " received " + yj + "'s revisions each once, in order");
                }
            }
            assertTrue(byFirst.get() > 0 && bySecond.get() > 0 && sentByOthers < expected,
                    "all three dispatchers sent some: " + byFirst.get() + ", " + bySecond.get() + " of " + expected);
        } finally {
            stop.set(true);
            clock.use(Clock.systemUTC());
            receiver.delay(Duration.ZERO);
            dispatchers.shutdown();
            first.close().await().atMost(Duration.ofSeconds(5));
            second.close().await().atMost(Duration.ofSeconds(5));
        }
    }

    /** Each product's revisions in the order their first webhook arrived (a repeat of a webhook-id counts once). */
    private static Map<String, List<Long>> arrivedInOrder(List<WebhookReceiver.Received> received) {
        Map<String, List<Long>> arrived = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (WebhookReceiver.Received r : received) {
            if (seen.add(r.headers().get("webhook-id"))) {
                JsonPath body = JsonPath.from(r.body());
                arrived.computeIfAbsent(body.getString("data.yjCode"), k -> new ArrayList<>())
                        .add(body.getLong("data.revision"));
            }
        }
        return arrived;
    }

    /** The ledger's webhook rows about the ingredient's products in one state. */
    private static long count(String ingredient, String status) throws Exception {
        return TestDatabase.count("select count(*) from delivery where channel = 'WEBHOOK' and product like ?"
                + " and status = ?", ingredient + "%", status);
    }
}
