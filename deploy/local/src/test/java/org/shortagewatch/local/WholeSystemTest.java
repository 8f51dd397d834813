package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.PostgresServer;
import org.shortagewatch.infra.TopicReader;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The three services together, as built jars in their own processes, on a real Kafka broker and a real PostgreSQL:
 * a manufacturer's report reaches a pharmacy's webhook, signed, and the allocation service's view.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WholeSystemTest {

    private static LocalStack stack;
    private static WebhookSink sink;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent().getParent();
        stack = new LocalStack(LocalStack.options(root)
                .env(LocalStack.NOTIFICATION, "SHORTAGEWATCH_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true")
                .build()).start();
        sink = WebhookSink.start(0);
    }

    @AfterAll
    static void stop() {
        if (sink != null) {
            sink.close();
        }
        if (stack != null) {
            stack.stop();
        }
    }

    static RequestSpecification at(String service) {
        return given().baseUri(stack.serviceUrl(service).toString());
    }

    /** A call by {@code role} of {@code org}, with a token the stack's services trust. */
    static RequestSpecification as(String role, String org, String service) {
        return at(service).header("Authorization",
                "Bearer " + stack.tokens().mint(role + "@" + org, org, Duration.ofMinutes(10), role));
    }

    /** Subscribes a pharmacy's webhook (a sink path) to a product; returns the signing secret. */
    static String subscribe(String yj, String hook) {
        return as("facility", "1341234563", LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                .body(Map.of("facilityCode", "1341234563", "yjCode", yj, "webhookUrl", sink.url(hook).toString()))
                .when().post("/api/v1/subscriptions")
                .then().statusCode(201).extract().path("secret");
    }

    static void report(String yj, String response, String reason) {
        as("admin", "ops", LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON)
                .body(TestProducts.body("MFR001"))
                .when().put("/api/v1/products/{yj}", yj)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        as("manufacturer", "MFR001", LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"%s","reason":"%s","effectiveDate":"2026-12-01"}"""
                        .formatted(yj, response, reason))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201);
    }

    @Test
    @Order(1)
    void aManufacturersReportReachesTheSubscribersWebhookSignedAndTheAllocationView() throws Exception {
        String yj = "2456001F1310";
        String secret = subscribe(yj, "pharmacy");

        report(yj, "LIMITED_OWN_REASONS", "MANUFACTURING_TROUBLE");

        List<WebhookSink.Delivery> received = sink.awaitDeliveries("pharmacy", 1, Duration.ofSeconds(30));
        assertEquals(1, received.size());
        WebhookSink.Delivery hook = received.get(0);
        assertTrue(hook.signatureValid(secret), "the Standard Webhooks signature verifies with the subscription's secret");
        JsonPath body = JsonPath.from(hook.body());
        assertEquals(yj, body.getString("data.yjCode"));
        assertEquals("限定出荷（自社の事情）", body.getString("data.shipmentResponseLabel"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at(LocalStack.WHOLESALER_ALLOCATION)
                .when().get("/api/v1/products/{yj}", yj)
                .then().statusCode(200)
                .body("shipmentResponse", equalTo("LIMITED_OWN_REASONS"))
                .body("reason", equalTo("MANUFACTURING_TROUBLE")));
    }

    @Test
    @Order(2)
    void anEventCommittedJustBeforeACrashIsPublishedAfterTheRestart() throws Exception {
        String yj = "1124023F1037";
        String secret = subscribe(yj, "after-crash");
        // A manufacturer-report whose relay does not run: the process will die between commit and publish.
        stack.kill(LocalStack.MANUFACTURER_REPORT);
        stack.startService(LocalStack.MANUFACTURER_REPORT, Map.of("SHORTAGEWATCH_OUTBOX_RELAY_ENABLED", "false"));

        report(yj, "STOPPED", "QUALITY_TROUBLE");
        assertEquals(1, unpublishedOutboxRows("supply-status"), "committed, not yet published");
        assertTrue(eventsFor(yj, Duration.ofSeconds(3)).isEmpty(), "not on Kafka before the crash");

        stack.kill(LocalStack.MANUFACTURER_REPORT);
        stack.startService(LocalStack.MANUFACTURER_REPORT);

        await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(yj, Duration.ofSeconds(1)).size() == 1);
        assertEquals(0, unpublishedOutboxRows("%"), "the product's and the change's events both published");
        List<WebhookSink.Delivery> received = sink.awaitDeliveries("after-crash", 1, Duration.ofSeconds(30));
        assertTrue(received.get(0).signatureValid(secret));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> at(LocalStack.WHOLESALER_ALLOCATION)
                .when().get("/api/v1/products/{yj}", yj)
                .then().statusCode(200).body("shipmentResponse", equalTo("STOPPED")));
        Thread.sleep(2000);
        assertEquals(1, eventsFor(yj, Duration.ofSeconds(2)).size(), "published once");
        assertEquals(1, sink.deliveries("after-crash").size(), "notified once");
    }

    static List<ConsumerRecord<String, String>> eventsFor(String yj, Duration wait) {
        return TopicReader.read(stack.kafkaBootstrapServers(), "supply-status", wait, records -> false).stream()
                .filter(r -> yj.equals(r.key())).toList();
    }

    /** Outbox rows of the topics matching {@code topic} (a LIKE pattern) not yet published. */
    static long unpublishedOutboxRows(String topic) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(LocalStack.MANUFACTURER_REPORT),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement query = c.prepareStatement(
                        "select count(*) from outbox where published_at is null and topic like ?")) {
            query.setString(1, topic);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
