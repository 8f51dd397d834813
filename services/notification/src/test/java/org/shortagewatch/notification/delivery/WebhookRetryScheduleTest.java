package org.shortagewatch.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The Standard Webhooks retry schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) walked with a controllable clock:
 * each retry comes exactly when due and not before, Retry-After is honoured when longer, 410 stops delivery and
 * disables the endpoint, and an endpoint failing for longer than disable-after without a success is disabled.
 */
@QuarkusTest
@TestProfile(WebhookProfiles.StandardSchedule.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class WebhookRetryScheduleTest extends WithWebhookReceiver {

    @Inject
    DeliveryClock clock;

    private Instant now;

    @AfterEach
    void realTime() {
        clock.use(Clock.systemUTC());
    }

    /** Starts the test's clock a little ahead of real time, so rows written "now" are due. */
    private void startClock() {
        now = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        clock.use(Clock.fixed(now, ZoneOffset.UTC));
    }

    private void advance(Duration by) {
        now = now.plus(by);
        clock.use(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Instant nextAttempt(String subscription) throws Exception {
        return valueFor("select next_attempt_at from delivery where subscription_id = ?::uuid", subscription,
                OffsetDateTime.class).toInstant();
    }

    /** The one value {@code query} selects for a subscription, its id the query's only parameter. */
    private static <T> T valueFor(String query, String subscription, Class<T> type) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement q = c.prepareStatement(query)) {
            q.setString(1, subscription);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getObject(1, type);
            }
        }
    }

    private static void awaitAttempts(String path, int n) {
        await().atMost(Duration.ofSeconds(15)).until(() -> receiver.received(path).size() >= n);
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> receiver.received(path).size() == n);
    }

    private String subscribe(String yj, String path) {
        return WebhookDeliveryTest.asFacility().contentType("application/json")
                .body("{\"facilityCode\":\"1341234563\",\"yjCode\":\"" + yj + "\",\"webhookUrl\":\"" + receiver.url(path) + "\"}")
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    }

    @Test
    void retriesComeExactlyOnScheduleHonourRetryAfterAndStopOn410() throws Exception {
        startClock();
        Instant t0 = now;
        String id = subscribe(WebhookDeliveryTest.freshYj(), "/schedule");
        receiver.answer(500, 500, 503, 500);
        receiver.answerWithRetryAfter(429, "36000");
        receiver.answer(410);
        WebhookDeliveryTest.publish(UUID.randomUUID(), WebhookDeliveryTest.stopped(yjOf(id), 1));

        awaitAttempts("/schedule", 1);
        assertEquals(t0.plusSeconds(5), nextAttempt(id));
        Thread.sleep(800);
        assertEquals(1, receiver.received("/schedule").size(), "not before it is due");

        Duration[] schedule = {Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2)};
        for (int i = 0; i < schedule.length; i++) {
            advance(schedule[i].minusSeconds(1));
            Thread.sleep(600);
            assertEquals(i + 1, receiver.received("/schedule").size(), "a second early: still waiting");
            advance(Duration.ofSeconds(1));
            awaitAttempts("/schedule", i + 2);
            if (i + 1 < schedule.length) {
                assertEquals(now.plus(schedule[i + 1]), nextAttempt(id), "after attempt " + (i + 2));
            }
        }
        // the fifth attempt was answered 429 with Retry-After: 10 h, longer than the 5 h the schedule says
        assertEquals(now.plus(Duration.ofHours(10)), nextAttempt(id));
        advance(Duration.ofHours(5));
        Thread.sleep(600);
        assertEquals(5, receiver.received("/schedule").size(), "Retry-After is honoured");
        advance(Duration.ofHours(5));
        awaitAttempts("/schedule", 6);

        // 410 Gone: failed for good, the endpoint disabled, nothing more however long we wait
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.count(
                "select count(*) from subscription where id = ?::uuid and not active and disabled_reason like '%410%'", id) == 1);
        assertEquals(1, TestDatabase.count("select count(*) from delivery where subscription_id = ?::uuid and status = 'FAILED'", id));
        advance(Duration.ofDays(2));
        Thread.sleep(800);
        assertEquals(6, receiver.received("/schedule").size());
        assertEquals(1, receiver.received("/schedule").stream().map(r -> r.headers().get("webhook-id")).distinct().count());
        assertTrue(t0.isBefore(now));
    }

    @Test
    void anEndpointFailingLongerThanDisableAfterIsDisabled() throws Exception {
        startClock();
        String id = subscribe(WebhookDeliveryTest.freshYj(), "/sustained");
        for (int i = 0; i < 10; i++) {
            receiver.answer(500);
        }
        WebhookDeliveryTest.publish(UUID.randomUUID(), WebhookDeliveryTest.stopped(yjOf(id), 1));
        awaitAttempts("/sustained", 1);
        Duration[] waits = {Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(5), Duration.ofHours(10)};
        for (int i = 0; i < waits.length; i++) {
            advance(waits[i]);
            awaitAttempts("/sustained", i + 2);
        }
        // 17 h 35 min of failure so far: still enabled (disable-after is 20 h here)
        assertEquals(1, TestDatabase.count("select count(*) from subscription where id = ?::uuid and active", id));
        advance(Duration.ofHours(10));
        awaitAttempts("/sustained", 8);
        await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.count(
                "select count(*) from subscription where id = ?::uuid and not active and disabled_reason like 'failing since%'", id) == 1);
    }

    private static String yjOf(String subscription) throws Exception {
        return valueFor("select target from subscription where id = ?::uuid", subscription, String.class);
    }
}
