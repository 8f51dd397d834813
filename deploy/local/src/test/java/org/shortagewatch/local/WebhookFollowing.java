package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.shortagewatch.infra.TestProducts;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * What the tests that break a stack of their own and check every webhook afterwards (the outage and the restore
 * tests) set up, ask and read back alike: MFR001's products, each followed by webhook by every facility at a sink,
 * the services asked with minted tokens, and the changes each facility's endpoint received, in the order they came.
 */
final class WebhookFollowing {

    private WebhookFollowing() {
    }

    /** Registers each product as MFR001's and has every facility follow it by webhook at the sink. */
    static void follow(LocalStack stack, WebhookSink sink, List<String> products, List<String> facilities) {
        for (String yj : products) {
            as(stack, "admin", "ops", LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON)
                    .body(TestProducts.body("MFR001"))
                    .when().put("/api/v1/products/{yj}", yj)
                    .then().statusCode(anyOf(equalTo(200), equalTo(201)));
            for (String facility : facilities) {
                as(stack, "facility", facility, LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                        .body(Map.of("facilityCode", facility, "yjCode", yj,
                                "webhookUrl", sink.url(facility).toString()))
                        .when().post("/api/v1/subscriptions")
                        .then().statusCode(201);
            }
        }
    }

    /** What the facility's endpoint received: each supply-status change ("yj#revision") with its webhook-ids. */
    static Map<String, Set<String>> received(WebhookSink sink, String facility) {
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
    static List<String> outOfOrder(WebhookSink sink, String facility) {
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
    static void assertEachReceivedUnderOneId(WebhookSink sink, List<String> facilities, Collection<String> acknowledged)
            throws InterruptedException {
        Set<String> expected = Set.copyOf(acknowledged);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String facility : facilities) {
                Set<String> missing = new HashSet<>(expected);
                missing.removeAll(received(sink, facility).keySet());
                assertEquals(Set.of(), missing, "changes acknowledged but not received by " + facility);
            }
        });
        Thread.sleep(2_000); // anything sent again, or under a second id, would be on its way by now
        for (String facility : facilities) {
            received(sink, facility).forEach((change, ids) -> assertEquals(1, ids.size(),
                    facility + " received " + change + " under several webhook-ids: " + ids));
        }
        Map<String, List<String>> late = new TreeMap<>();
        for (String facility : facilities) {
            List<String> ofFacility = outOfOrder(sink, facility);
            if (!ofFacility.isEmpty()) {
                late.put(facility, ofFacility);
            }
        }
        int violations = late.values().stream().mapToInt(List::size).sum();
        System.out.printf("order oracle: %d webhooks out of revision order per facility and product%n", violations);
        assertEquals(Map.of(), late, violations + " webhooks arrived after a later revision of their product");
    }

    static RequestSpecification at(LocalStack stack, String service) {
        return given().baseUri(stack.serviceUrl(service).toString());
    }

    static RequestSpecification as(LocalStack stack, String role, String org, String service) {
        return at(stack, service).header("Authorization", "Bearer " + token(stack, role, org));
    }

    static String token(LocalStack stack, String role, String org) {
        return stack.tokens().mint(role + "@" + org, org, Duration.ofMinutes(30), role);
    }

    /** Stops the sink and the stack (either may be null: a start that failed half-way) and deletes the data. */
    static void stop(WebhookSink sink, LocalStack stack, Path data) {
        if (sink != null) {
            sink.close();
        }
        if (stack != null) {
            stack.stop();
        }
        if (data != null) {
            ChildProcessSupport.deleteRecursively(data);
        }
    }
}
