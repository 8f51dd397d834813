package org.shortagewatch.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A subscriber's endpoint receives a product's changes in revision order: a later revision's webhook, due while an
 * earlier one waits for its retry, is not sent until that one is delivered or given up; every payload carries the
 * revision; and a critical change does not wait out quiet hours behind an earlier one (the earlier one goes first,
 * at once). Real Kafka records, the real dispatcher, a real HTTP receiver; the retry schedule is the tests' (1 s,
 * 1 s, 1 s: four attempts, then given up).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class RevisionOrderTest extends WithWebhookReceiver {

    /** The revisions an endpoint received, in the order they arrived, retries included. */
    private static List<Long> revisions(String path) {
        return receiver.received(path).stream().map(r -> JsonPath.from(r.body()).getLong("data.revision")).toList();
    }

    private static long ledger(String yj, long revision, String status) throws Exception {
        return TestDatabase.count("select count(*) from delivery where product = ? and revision = ?::bigint"
                + " and channel = 'WEBHOOK' and status = ?", yj, Long.toString(revision), status);
    }

    /**
     * A fresh product followed at {@code path}, its revision 1 answered as {@code script} says; revision 2 is published
     * once revision 1's first attempt came, and is in the ledger when this returns.
     */
    private static String secondRevisionWhileTheFirstIsRetried(String path, Runnable script) throws Exception {
        String yj = WebhookDeliveryTest.freshYj();
        WebhookDeliveryTest.subscribe(yj, path);
        script.run();
        WebhookDeliveryTest.publish(UUID.randomUUID(), WebhookDeliveryTest.stopped(yj, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received(path).size() == 1);
        WebhookDeliveryTest.publish(UUID.randomUUID(), new SupplyStatusChanged(yj, 2, ShipmentResponse.NORMAL, null,
                LocalDate.of(2026, 12, 10), Instant.now(), "M0001"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count("select count(*) from delivery"
                + " where product = ? and revision = 2 and channel = 'WEBHOOK'", yj) == 1);
        return yj;
    }

    @Test
    void aLaterRevisionDueFirstWaitsUntilTheEarlierOneIsDelivered() throws Exception {
        // revision 1's first attempt is answered 503 with Retry-After: 3 s; revision 2 is due long before that retry
        String yj = secondRevisionWhileTheFirstIsRetried("/retried", () -> receiver.answerWithRetryAfter(503, "3"));
        Thread.sleep(1000);
        assertEquals(List.of(1L), revisions("/retried"), "revision 2 is due, but waits for revision 1's retry");
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger(yj, 2, "DELIVERED") == 1);
        assertEquals(List.of(1L, 1L, 2L), revisions("/retried"), "revision 1 again, delivered; then revision 2");
    }

    @Test
    void aLaterRevisionWaitsUntilTheEarlierOneIsGivenUp() throws Exception {
        String yj = secondRevisionWhileTheFirstIsRetried("/given-up", () -> receiver.answer(500, 500, 500, 500));
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger(yj, 2, "DELIVERED") == 1);
        assertEquals(1, ledger(yj, 1, "FAILED"), "revision 1 was given up after four attempts");
        assertEquals(List.of(1L, 1L, 1L, 1L, 2L), revisions("/given-up"));
    }

    @Test
    void everyPayloadCarriesTheRevisionTheInboxEntriesToo() throws Exception {
        String facility = MatchingTest.facility();
        String yj = MatchingTest.ingredient() + "F1022";
        MatchingTest.subscribe(facility, "YJ_CODE", yj, "[\"WEBHOOK\",\"INBOX\"]", "INFO", receiver.url("/carried"));
        for (long revision = 1; revision <= 3; revision++) {
            MatchingTest.publish(UUID.randomUUID(), yj, revision % 2 == 1 ? ShipmentResponse.STOPPED
                    : ShipmentResponse.NORMAL, revision, "M0001");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> revisions("/carried").size() == 3);
        assertEquals(List.of(1L, 2L, 3L), revisions("/carried"));
        // the inbox's entries, newest first (the stream's are the same entries, in feed order)
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .when().get("/api/v1/inbox/{code}", facility).then().statusCode(200)
                .body("payload.data.revision", equalTo(List.of(3, 2, 1)));
    }

    @Test
    void aCriticalChangeDoesNotWaitOutQuietHoursBehindAnEarlierOne() throws Exception {
        String facility = EmailDeliveryTest.inQuietHours("quiet");
        String yj = MatchingTest.ingredient() + "F1022";
        MatchingTest.subscribe(facility, "YJ_CODE", yj, "[\"WEBHOOK\"]", "INFO", receiver.url("/quiet"));

        publishBasicDrug(yj, 1, ShipmentResponse.LIMITED_OWN_REASONS, null); // high: held until quiet hours end
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count("select count(*) from delivery"
                + " where product = ? and revision = 1 and status = 'PENDING' and held_for_quiet_hours"
                + " and next_attempt_at > now() + interval '50 minutes'", yj) == 1);
        assertEquals(List.of(), revisions("/quiet"));

        publishBasicDrug(yj, 2, ShipmentResponse.STOPPED, ShipmentResponse.LIMITED_OWN_REASONS); // critical
        await().atMost(Duration.ofSeconds(20)).until(() -> revisions("/quiet").size() == 2);
        assertEquals(List.of(1L, 2L), revisions("/quiet"), "the held revision first, at once, then the critical one");
    }

    /** Publishes a change of a basic drug (基礎的医薬品): limited shipment is high, a stop critical. */
    static void publishBasicDrug(String yj, long revision, ShipmentResponse response, ShipmentResponse previous)
            throws Exception {
        TestEvents.send(TestEvents.supplyStatus(yj, UUID.randomUUID(), new SupplyStatusChanged(yj, revision, response,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.now(), "M0001").describedAs(previous,
                        new SupplyStatusChanged.Product("テスト注射用1g", "1g1瓶", "テスト製薬", ProductCategory.GENERIC, true,
                                SupplySecurityClass.NONE))));
    }
}
