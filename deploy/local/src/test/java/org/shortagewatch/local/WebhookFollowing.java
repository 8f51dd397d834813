package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.shortagewatch.infra.ChildProcessSupport;
import org.shortagewatch.infra.TopicReader;
import org.shortagewatch.infra.TestProducts;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * What the tests that break a stack of their own and check every webhook afterwards (the outage and the restore
 * tests) set up, ask and read back alike: MFR001's products, each followed by webhook by every facility at a sink,
 * the services asked with minted tokens, the changes each facility's endpoint received in the order they came, and
 * the dead-letter topics no valid event may reach.
 */
final class WebhookFollowing {

    private static final List<String> DEAD_LETTER_TOPICS = List.of("supply-status-dlq-notification",
            "supply-status-dlq-wholesaler-allocation", "products-dlq-notification");

    private final LocalStack stack;
    private final WebhookSink sink;
    private final List<String> facilities;

    private WebhookFollowing(LocalStack stack, WebhookSink sink, List<String> facilities) {
        this.stack = stack;
        this.sink = sink;
        this.facilities = facilities;
    }

    /**
     * Starts a sink, registers each product as MFR001's and has every facility follow it by webhook there (the sink
     * is closed again when that fails).
     */
    static WebhookFollowing start(LocalStack stack, List<String> products, List<String> facilities)
            throws IOException {
        WebhookSink sink = WebhookSink.start(0, line -> { }, Integer.MAX_VALUE);
        try {
            WebhookFollowing following = new WebhookFollowing(stack, sink, facilities);
            following.follow(products);
            return following;
        } catch (RuntimeException | Error e) {
            sink.close();
            throw e;
        }
    }

    private void follow(List<String> products) {
        for (String yj : products) {
            as("admin", "ops", LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON)
                    .body(TestProducts.body("MFR001"))
                    .when().put("/api/v1/products/{yj}", yj)
                    .then().statusCode(anyOf(equalTo(200), equalTo(201)));
            for (String facility : facilities) {
                as("facility", facility, LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                        .body(Map.of("facilityCode", facility, "yjCode", yj,
                                "webhookUrl", sink.url(facility).toString()))
                        .when().post("/api/v1/subscriptions")
                        .then().statusCode(201);
            }
        }
    }

    /** The sink every facility's endpoint is at. */
    WebhookSink sink() {
        return sink;
    }

    /** What the facility's endpoint received: each supply-status change ("yj#revision") with its webhook-ids. */
    Map<String, Set<String>> received(String facility) {
        Map<String, Set<String>> changes = new HashMap<>();
        for (WebhookSink.Delivery delivery : sink.deliveries(facility)) {
            JsonPath body = JsonPath.from(delivery.body());
            if ("supply-status.changed".equals(body.getString("type"))) {
                changes.computeIfAbsent(body.getString("data.yjCode") + "#" + body.getLong("data.revision"),
                        k -> new HashSet<>()).add(delivery.id());
            }
        }
        return changes;
    }

    /**
     * The changes the facility's endpoint received out of revision order: each webhook (a re-send under an id already
     * received counts once, as a receiver that deduplicates sees it) whose product had a later revision before it.
     */
    List<String> outOfOrder(String facility) {
        Map<String, Long> latest = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<String> late = new ArrayList<>();
        for (WebhookSink.Delivery delivery : sink.deliveries(facility)) {
            JsonPath body = JsonPath.from(delivery.body());
            if ("supply-status.changed".equals(body.getString("type")) && ids.add(delivery.id())) {
                String yj = body.getString("data.yjCode");
                long revision = body.getLong("data.revision");
                if (revision < latest.getOrDefault(yj, 0L)) {
                    late.add(yj + "#" + revision + " after #" + latest.get(yj));
                }
                latest.merge(yj, revision, Math::max);
            }
        }
        return late;
    }

    /**
     * The oracle: every acknowledged change ("yj#revision") reaches every facility's endpoint (within 2 minutes), none
     * under more than one webhook-id (a re-send under the same id is allowed), and each facility received each
     * product's changes in revision order (no order violation per facility and product).
     */
    void assertEachReceivedUnderOneId(Collection<String> acknowledged) throws InterruptedException {
        Set<String> expected = Set.copyOf(acknowledged);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String facility : facilities) {
                Set<String> missing = new HashSet<>(expected);
                missing.removeAll(received(facility).keySet());
                assertEquals(Set.of(), missing, "changes acknowledged but not received by " + facility);
            }
        });
        Thread.sleep(2_000); // anything sent again, or under a second id, would be on its way by now
        for (String facility : facilities) {
            received(facility).forEach((change, ids) -> assertEquals(1, ids.size(),
                    facility + " received " + change + " under several webhook-ids: " + ids));
        }
        Map<String, List<String>> late = new TreeMap<>();
        for (String facility : facilities) {
            List<String> ofFacility = outOfOrder(facility);
            if (!ofFacility.isEmpty()) {
                late.put(facility, ofFacility);
            }
        }
        int violations = late.values().stream().mapToInt(List::size).sum();
        System.out.printf("order oracle: %d webhooks out of revision order per facility and product%n", violations);
        assertEquals(Map.of(), late, violations + " webhooks arrived after a later revision of their product");
    }

    /** No dead-letter topic holds a record: every event the services wrote was valid. */
    void assertNoValidEventWasDeadLettered() throws Exception {
        for (String topic : DEAD_LETTER_TOPICS) {
            assertEquals(List.of(), TopicReader.read(stack.kafkaBootstrapServers(), topic, Duration.ofSeconds(3),
                    records -> false).stream().map(r -> r.key() + ": " + r.value()).toList(),
                    "no valid event in " + topic);
        }
    }

    RequestSpecification at(String service) {
        return given().baseUri(stack.serviceUrl(service).toString());
    }

    RequestSpecification as(String role, String org, String service) {
        return at(service).header("Authorization", "Bearer " + token(role, org));
    }

    String token(String role, String org) {
        return stack.tokens().mint(role + "@" + org, org, Duration.ofMinutes(30), role);
    }

    /** Closes the sink and stops the stack (either may be null: a start that failed half-way) and deletes the data. */
    static void stop(WebhookFollowing following, LocalStack stack, Path data) {
        if (following != null) {
            following.sink.close();
        }
        if (stack != null) {
            stack.stop();
        }
        if (data != null) {
            ChildProcessSupport.deleteRecursively(data);
        }
    }
}
