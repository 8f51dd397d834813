package org.shortagewatch.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A batch one round cannot start within its window (a second here, one webhook at a time to an endpoint that takes
 * 400 ms, over its one connection, though six may be in flight): what the round did not start is put back untried
 * and sent by the next round at once, each webhook once, each delivery with one attempt; none waits for the
 * connection while its timeout runs.
 */
@QuarkusTest
@TestProfile(WebhookProfiles.ShortRounds.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class RoundWindowTest extends WithWebhookReceiver {

    private static final int PRODUCTS = 6;

    @Inject
    DeliveryClock clock;

    @Inject
    DeliveryDispatcher dispatcher;

    @Test
    void whatARoundDidNotStartIsSentByTheNextOnceAndUntried() throws Exception {
        String ingredient = MatchingTest.ingredient();
        String facility = MatchingTest.facility();
        MatchingTest.subscribe(facility, "INGREDIENT", ingredient, "[\"WEBHOOK\"]", "INFO", receiver.url("/" + facility));
        receiver.delay(Duration.ofMillis(400));
        try {
            // the batch is written while the dispatcher sees none of it due, so one round claims all of it
            clock.use(Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC));
            for (int p = 1; p <= PRODUCTS; p++) {
                MatchingTest.publish(UUID.randomUUID(), ingredient + "F" + p + "022", ShipmentResponse.STOPPED, 1,
                        "M0001");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> count(ingredient, "PENDING") == PRODUCTS);
            clock.use(Clock.systemUTC());
            dispatcher.wake();

            // well before the claim's lease (8 s) would have let the rest be claimed again
            await().atMost(Duration.ofSeconds(7)).until(() -> count(ingredient, "DELIVERED") == PRODUCTS);
            List<WebhookReceiver.Received> received = receiver.received("/" + facility);
            Set<String> ids = new HashSet<>();
            received.forEach(r -> ids.add(r.headers().get("webhook-id")));
            assertEquals(PRODUCTS, received.size(), "each webhook once");
            assertEquals(PRODUCTS, ids.size());
            assertEquals(PRODUCTS, TestDatabase.count("""
                    select count(*) from delivery where channel = 'WEBHOOK' and product like ? and attempts = 1""",
                    ingredient + "%"), "a delivery put back untried counts no attempt");
            assertEquals(PRODUCTS, TestDatabase.count("""
                    select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id
                    where d.channel = 'WEBHOOK' and d.product like ?""", ingredient + "%"), "one attempt each");
        } finally {
            clock.use(Clock.systemUTC());
            receiver.delay(Duration.ZERO);
        }
    }

    private static long count(String ingredient, String status) throws Exception {
        return TestDatabase.count("select count(*) from delivery where channel = 'WEBHOOK' and product like ?"
                + " and status = ?", ingredient + "%", status);
    }
}
