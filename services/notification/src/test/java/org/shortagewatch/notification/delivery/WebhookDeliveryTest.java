package org.shortagewatch.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Subscriptions and signed webhook delivery, from real Kafka records to a real HTTP receiver. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class WebhookDeliveryTest extends WithWebhookReceiver {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    static String freshYj() {
        return String.format("3999%03dF1022", NEXT.getAndIncrement());
    }

    static final String FACILITY = "1341234563";

    /** A request by the pharmacy {@link #FACILITY}. */
    static RequestSpecification asFacility() {
        return given().header("Authorization", TestTokens.bearer(Roles.FACILITY, FACILITY));
    }

    /** Subscribes and returns (id, secret). */
    static JsonPath subscribe(String yj, String path) {
        return asFacility().contentType(ContentType.JSON)
                .body("""
                        {"facilityCode":"1341234563","yjCode":"%s","webhookUrl":"%s"}""".formatted(yj, receiver.url(path)))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract().jsonPath();
    }

    static void publish(UUID eventId, SupplyStatusChanged event) throws Exception {
        TestEvents.send(TestEvents.supplyStatus(event.report().yjCode(), eventId, event));
    }

    static SupplyStatusChanged stopped(String yj, long revision) {
        return new SupplyStatusChanged(yj, revision, ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE,
                LocalDate.of(2026, 12, 1), Instant.now(), "M0001");
    }

    @Test
    void anEventReachesTheSubscriberAsAStandardWebhookSignedWithItsSecret() throws Exception {
        String yj = freshYj();
        JsonPath subscription = subscribe(yj, "/signed");
        String secret = subscription.getString("secret");
        asFacility().when().get("/api/v1/subscriptions/{id}", subscription.getString("id"))
                .then().statusCode(200).body("secret", nullValue()).body("yjCode", equalTo(yj));

        publish(UUID.randomUUID(), stopped(yj, 1));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/signed").size() == 1);
        WebhookReceiver.Received hook = receiver.received("/signed").get(0);
        assertEquals("application/json", hook.headers().get("content-type"));
        assertTrue(verifies(secret, hook), "signature verifies with the subscription's secret");
        JsonPath body = JsonPath.from(hook.body());
        assertEquals("supply-status.changed", body.getString("type"));
        assertEquals(yj, body.getString("data.yjCode"));
        assertEquals("供給停止", body.getString("data.shipmentResponseLabel"));
        assertTrue(body.getString("data.messageJa").contains("品質トラブル"));

        asFacility().when().get("/api/v1/subscriptions/{id}/deliveries", subscription.getString("id"))
                .then().statusCode(200).body("status", equalTo(List.of("DELIVERED"))).body("attempts", equalTo(List.of(1)));
    }

    @Test
    void afterARotationBothSecretsSignAndAnIndependentStandardWebhooksVerifierAcceptsEach() throws Exception {
        String yj = freshYj();
        JsonPath subscription = subscribe(yj, "/rotated");
        String oldSecret = subscription.getString("secret");
        String newSecret = asFacility().when().post("/api/v1/subscriptions/{id}/secret", subscription.getString("id"))
                .then().statusCode(200).body("secret", startsWith("whsec_")).extract().path("secret");
        assertTrue(!newSecret.equals(oldSecret));

        publish(UUID.randomUUID(), stopped(yj, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/rotated").size() == 1);
        WebhookReceiver.Received hook = receiver.received("/rotated").get(0);
        assertEquals(2, hook.headers().get("webhook-signature").split(" ").length, hook.headers().get("webhook-signature"));
        java.util.Map<String, List<String>> headers = java.util.Map.of(
                "webhook-id", List.of(hook.headers().get("webhook-id")),
                "webhook-timestamp", List.of(hook.headers().get("webhook-timestamp")),
                "webhook-signature", List.of(hook.headers().get("webhook-signature")));
        new com.svix.Webhook(newSecret).verify(hook.body(), headers);
        new com.svix.Webhook(oldSecret).verify(hook.body(), headers);
        org.junit.jupiter.api.Assertions.assertThrows(com.svix.exceptions.WebhookVerificationException.class,
                () -> new com.svix.Webhook(org.shortagewatch.notification.domain.WebhookSigner.newSecret())
                        .verify(hook.body(), headers),
                "a stranger's secret does not verify");
    }

    @Test
    void anIndependentStandardWebhooksVerifierAcceptsTheSignature() throws Exception {
        String yj = freshYj();
        String secret = subscribe(yj, "/svix").getString("secret");
        publish(UUID.randomUUID(), stopped(yj, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/svix").size() == 1);
        WebhookReceiver.Received hook = receiver.received("/svix").get(0);
        new com.svix.Webhook(secret).verify(hook.body(), java.util.Map.of(
                "webhook-id", List.of(hook.headers().get("webhook-id")),
                "webhook-timestamp", List.of(hook.headers().get("webhook-timestamp")),
                "webhook-signature", List.of(hook.headers().get("webhook-signature"))));
    }

    @Test
    void aRedeliveredEventNotifiesNobodyTwice() throws Exception {
        String yj = freshYj();
        String id = subscribe(yj, "/once").getString("id");
        UUID eventId = UUID.randomUUID();
        publish(eventId, stopped(yj, 1));
        publish(eventId, stopped(yj, 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/once").size() >= 1);
        Thread.sleep(2000);
        assertEquals(1, receiver.received("/once").size());
        assertEquals(1, count("select count(*) from delivery where subscription_id = '" + id + "'"));
        assertEquals(1, count("select count(*) from processed_event where event_id = '" + eventId + "'"));
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameWebhookIdUntilItSucceeds() throws Exception {
        String yj = freshYj();
        String id = subscribe(yj, "/flaky").getString("id");
        receiver.answer(500, 503);
        publish(UUID.randomUUID(), stopped(yj, 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received("/flaky").size() == 3);
        List<WebhookReceiver.Received> tries = receiver.received("/flaky");
        assertEquals(1, tries.stream().map(r -> r.headers().get("webhook-id")).distinct().count());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> asFacility()
                .when().get("/api/v1/subscriptions/{id}/deliveries", id)
                .then().body("status", equalTo(List.of("DELIVERED"))).body("attempts", equalTo(List.of(3))));
        assertEquals(3, count("select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id "
                + "where d.subscription_id = '" + id + "'"));
    }

    @Test
    void goneStopsDeliveryAndDisablesTheSubscription() throws Exception {
        String yj = freshYj();
        String id = subscribe(yj, "/gone").getString("id");
        receiver.answer(410);
        publish(UUID.randomUUID(), stopped(yj, 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> asFacility()
                .when().get("/api/v1/subscriptions/{id}", id).then().body("active", equalTo(false)));
        Thread.sleep(2500);
        assertEquals(1, receiver.received("/gone").size(), "no retry after 410");
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
        long before = count("select count(*) from subscription");
        String[][] cases = {
                {"{\"facilityCode\":\"4841234567\",\"yjCode\":\"2456001F1310\",\"webhookUrl\":\"https://x.example/h\"}", "facilityCode"},
                {"{\"facilityCode\":\"1341234563\",\"yjCode\":\"2456001\",\"webhookUrl\":\"https://x.example/h\"}", "yjCode"},
                {"{\"facilityCode\":\"1341234563\",\"yjCode\":\"2456001F1310\",\"webhookUrl\":\"ftp://x.example/h\"}", "webhookUrl"},
                {"{\"facilityCode\":\"1341234563\",\"yjCode\":\"2456001F1310\"}", "webhookUrl"},
                {"{\"facilityCode\":", "(body)"}};
        for (String[] c : cases) {
            asFacility().contentType(ContentType.JSON).body(c[0])
                    .when().post("/api/v1/subscriptions")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(c[1]));
        }
        assertEquals(before, count("select count(*) from subscription"));
    }

    /** Verification written from the Standard Webhooks specification, independently of the service's signer. */
    static boolean verifies(String secret, WebhookReceiver.Received hook) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = hook.headers().get("webhook-id") + "." + hook.headers().get("webhook-timestamp") + "." + hook.body();
        String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        long age = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(hook.headers().get("webhook-timestamp")));
        return age < 300 && List.of(hook.headers().get("webhook-signature").split(" ")).contains(expected);
    }

    static long count(String sql) throws Exception {
        return TestDatabase.count(sql);
    }
}
