package org.shortagewatch.notification.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.delivery.WebhookReceiver;
import org.shortagewatch.notification.delivery.WithWebhookReceiver;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A notice reaches each recipient facility's webhook endpoint, signed per Standard Webhooks by the dispatcher like an
 * alert: one webhook per facility and notice, to its earliest active webhook subscription, whatever that
 * subscription follows; publishing again sends nothing twice; a withdrawal goes the same way.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class NoticeWebhookTest extends WithWebhookReceiver {

    private static final AtomicInteger NEXT = new AtomicInteger(750000);

    /** A pharmacy of prefecture 38 with a valid check digit, new to this JVM. */
    static String facility() {
        return FacilityCodes.withCheckDigit(String.format("384%06d", NEXT.getAndIncrement()));
    }

    static String product() {
        return String.format("2239%03dF1020", NEXT.getAndIncrement() % 1000);
    }

    static RequestSpecification as(String role, String subject) {
        return given().header("Authorization", TestTokens.bearer(role, subject));
    }

    /** Subscribes the facility; returns the answer (id, secret). */
    static JsonPath subscribe(String facility, String kind, String target, String channels, String path) {
        String webhook = path == null ? "" : ",\"webhookUrl\":\"" + receiver.url(path) + "\"";
        return as(Roles.FACILITY, facility).contentType(ContentType.JSON)
                .body("""
                        {"facilityCode":"%s","kind":"%s","target":"%s","channels":%s%s}"""
                        .formatted(facility, kind, target, channels, webhook))
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().jsonPath();
    }

    /** Drafts, submits, approves (as a second person) and publishes a notice on {@code yj} to {@code addressees}. */
    static String publishNotice(String yj, String title, String... addressees) {
        String orgs = String.join(",", java.util.Arrays.stream(addressees).map(a -> "\"" + a + "\"").toList());
        String id = as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body("""
                {"addressees":["各都道府県衛生主管部（局）御中"],
                 "addresseeOrganisations":[%s],
                 "title":"%s",
                 "background":"需要が増加し、限定出荷が続いています。",
                 "requests":["必要最小限の日数の処方とすること。"],
                 "targetProducts":[{"yjCode":"%s","name":"テスト錠"}],
                 "consultationDesk":"厚生労働省医政局医薬産業振興・医療情報企画課 電話 03-5253-1111"}"""
                .formatted(orgs, title, yj))
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200);
        as(Roles.ADMIN, "ops").when().post("/api/v1/notices/{id}/approval", id).then().statusCode(200);
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/publication", id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        return id;
    }

    static long webhookRows(String cause) throws Exception {
        return TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and channel = 'WEBHOOK'", cause);
    }

    /** Verifies the signature with an independent Standard Webhooks implementation; throws when it does not. */
    static void verify(String secret, WebhookReceiver.Received hook) throws Exception {
        new com.svix.Webhook(secret).verify(hook.body(), Map.of(
                "webhook-id", List.of(hook.headers().get("webhook-id")),
                "webhook-timestamp", List.of(hook.headers().get("webhook-timestamp")),
                "webhook-signature", List.of(hook.headers().get("webhook-signature"))));
    }

    @Test
    void aNoticeReachesEachRecipientsWebhookOnceSignedAndItsWithdrawalFollows() throws Exception {
        String yj = product();
        String stockist = facility();      // two webhook endpoints: the earlier one receives notices
        String inboxOnly = facility();     // stocks the product, no webhook
        String addressee = facility();     // addressed by code; its webhook follows another product entirely
        JsonPath first = subscribe(stockist, "YJ_CODE", yj, "[\"WEBHOOK\"]", "/stockist-first");
        subscribe(stockist, "YJ_CODE", yj, "[\"WEBHOOK\",\"INBOX\"]", "/stockist-second");
        subscribe(inboxOnly, "YJ_CODE", yj, "[\"INBOX\"]", null);
        JsonPath other = subscribe(addressee, "INGREDIENT", "2239999", "[\"WEBHOOK\"]", "/addressee");

        String id = publishNotice(yj, "鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼", addressee);

        assertEquals(2, webhookRows(id), "one webhook row per facility with a webhook endpoint");
        assertEquals(1, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and channel = 'WEBHOOK' "
                + "and recipient = ? and subscription_id = ?::uuid", id, stockist, first.getString("id")), "the earliest endpoint");
        assertEquals(0, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and recipient = ? "
                + "and channel = 'WEBHOOK'", id, inboxOnly));
        assertEquals(1, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and recipient = ? "
                + "and channel = 'INBOX'", id, inboxOnly));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/stockist-first").size() == 1
                && receiver.received("/addressee").size() == 1);
        WebhookReceiver.Received hook = receiver.received("/stockist-first").get(0);
        verify(first.getString("secret"), hook);
        assertEquals("application/json", hook.headers().get("content-type"));
        assertEquals(1, TestDatabase.count("select count(*) from delivery where id = ?::uuid and cause_event_id = ?::uuid",
                hook.headers().get("webhook-id"), id), "webhook-id is the ledger row's id");
        JsonPath body = JsonPath.from(hook.body());
        assertEquals("notice.published", body.getString("type"));
        assertEquals(id, body.getString("data.noticeId"));
        assertEquals("PUBLISHED", body.getString("data.status"));
        assertEquals("鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼", body.getString("data.title"));
        assertTrue(body.getString("data.issuedOnJapanese").startsWith("令和"), body.getString("data.issuedOnJapanese"));
        assertEquals(yj, body.getString("data.targetProducts[0].yjCode"));
        assertTrue(body.getString("data.url").endsWith("/api/v1/notices/" + id), body.getString("data.url"));
        assertTrue(body.getString("data.messageJa").contains("事務連絡「鎮咳薬・去痰薬の在庫逼迫に伴う協力依頼」"));
        verify(other.getString("secret"), receiver.received("/addressee").get(0));

        // a published notice is readable at the link it gives
        as(Roles.FACILITY, stockist).when().get("/api/v1/notices/{id}", id).then().statusCode(200);
        // the subscription's own ledger shows it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as(Roles.FACILITY, stockist)
                .when().get("/api/v1/subscriptions/{id}/deliveries", first.getString("id"))
                .then().body("status", equalTo(List.of("DELIVERED"))).body("causeEventId", equalTo(List.of(id))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> as(Roles.REGULATOR, "MHLW")
                .when().get("/api/v1/notices/{id}/statistics", id).then().statusCode(200)
                .body("recipients", equalTo(3)).body("webhooks", equalTo(2)).body("webhooksDelivered", equalTo(2))
                .body("webhooksFailed", equalTo(0)));

        // publishing again sends nothing twice
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/publication", id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        Thread.sleep(2500);
        assertEquals(1, receiver.received("/stockist-first").size());
        assertEquals(1, receiver.received("/addressee").size());
        assertEquals(0, receiver.received("/stockist-second").size());
        assertEquals(2, webhookRows(id));

        // the withdrawal reaches the same endpoints, once
        as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body("{\"reason\":\"供給が回復したため\"}")
                .when().post("/api/v1/notices/{id}/withdrawal", id).then().statusCode(200);
        as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/notices/{id}/withdrawal", id).then().statusCode(409);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/stockist-first").size() == 2
                && receiver.received("/addressee").size() == 2);
        WebhookReceiver.Received withdrawal = receiver.received("/stockist-first").get(1);
        verify(first.getString("secret"), withdrawal);
        JsonPath withdrawn = JsonPath.from(withdrawal.body());
        assertEquals("notice.withdrawn", withdrawn.getString("type"));
        assertEquals(id, withdrawn.getString("data.noticeId"));
        assertEquals("供給が回復したため", withdrawn.getString("data.withdrawalReason"));
        assertTrue(!withdrawal.headers().get("webhook-id").equals(hook.headers().get("webhook-id")));
        Thread.sleep(1500);
        assertEquals(2, receiver.received("/stockist-first").size());
        assertEquals(0, receiver.received("/stockist-second").size());
    }

    @Test
    void anEndpointThatAnsweredGoneIsSkippedAndTheNextNoticeGoesToTheFacilitysNextEndpoint() throws Exception {
        String yj = product();
        String pharmacy = facility();
        JsonPath gone = subscribe(pharmacy, "YJ_CODE", yj, "[\"WEBHOOK\"]", "/gone");
        JsonPath next = subscribe(pharmacy, "THERAPEUTIC_CLASS", "2239", "[\"WEBHOOK\"]", "/next");

        receiver.answer(410);
        String firstNotice = publishNotice(yj, "去痰薬の限定出荷に伴う協力依頼", pharmacy);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(Roles.FACILITY, pharmacy)
                .when().get("/api/v1/subscriptions/{id}", gone.getString("id")).then().body("active", equalTo(false)));
        assertEquals(1, receiver.received("/gone").size());

        String secondNotice = publishNotice(yj, "去痰薬の限定出荷に伴う協力依頼（続報）", pharmacy);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received("/next").size() == 1);
        verify(next.getString("secret"), receiver.received("/next").get(0));
        assertEquals(secondNotice, JsonPath.from(receiver.received("/next").get(0).body()).getString("data.noticeId"));
        Thread.sleep(1500);
        assertEquals(1, receiver.received("/gone").size(), "no retry after 410, and no later notice");
        assertEquals(1, receiver.received("/next").size(), "the first notice is not sent again elsewhere");
        assertEquals(1, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and channel = 'WEBHOOK' "
                + "and status = 'FAILED'", firstNotice));
    }
}
