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
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.shortagewatch.infra.ChildProcessSupport;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.TopicReader;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What the tests that break a stack of their own and check every delivery afterwards (the outage, fault and restore
 * tests) set up, ask and read back alike: MFR001's products, each followed by every facility (by webhook at a sink,
 * and on other channels when asked), the services asked with minted tokens, the changes each facility's endpoint
 * received in the order they came ({@link Receipts}), and the dead-letter topics no valid event may reach.
 */
final class WebhookFollowing {

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
            following.follow(products, facilities, List.of("WEBHOOK"));
            return following;
        } catch (RuntimeException | Error e) {
            sink.close();
            throw e;
        }
    }

    /**
     * Registers each product as MFR001's and has each facility follow it on {@code channels} (a webhook's target is
     * the facility's name at the sink).
     */
    void follow(List<String> products, List<String> facilities, List<String> channels) {
        for (String yj : products) {
            as("admin", "ops", LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON)
                    .body(TestProducts.body("MFR001"))
                    .when().put("/api/v1/products/{yj}", yj)
                    .then().statusCode(anyOf(equalTo(200), equalTo(201)));
            for (String facility : facilities) {
                as("facility", facility, LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                        .body(Map.of("facilityCode", facility, "yjCode", yj, "channels", channels,
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

    /** The supply-status changes the facility's endpoint received, in the order they came, with their webhook-ids. */
    List<Receipts.Receipt> webhooks(String facility) {
        List<Receipts.Receipt> receipts = new ArrayList<>();
        for (WebhookSink.Delivery delivery : sink.deliveries(facility)) {
            String change = Receipts.change(delivery.body());
            if (change != null) {
                receipts.add(new Receipts.Receipt(delivery.id(), change));
            }
        }
        return receipts;
    }

    /**
     * The oracle on webhooks: every acknowledged change ("yj#revision") reaches every facility's endpoint (within 2
     * minutes), none under more than one webhook-id (a re-send under the same id is allowed), and each facility
     * received each product's changes in revision order (no order violation per facility and product).
     */
    void assertEachReceivedUnderOneId(Collection<String> acknowledged) throws InterruptedException {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Receipts.Tally tally = tally(acknowledged);
            assertEquals(0, tally.missing(), "changes acknowledged but not received: " + tally.problems());
        });
        Thread.sleep(2_000); // anything sent again, or under a second id, would be on its way by now
        Receipts.Tally tally = tally(acknowledged);
        System.out.printf("order oracle: %d webhooks out of revision order per facility and product%n",
                tally.outOfOrder());
        assertEquals(0, tally.duplicates(), "changes received under several webhook-ids: " + tally.problems());
        assertEquals(0, tally.outOfOrder(), tally.outOfOrder() + " webhooks arrived after a later revision of their "
                + "product: " + tally.problems());
    }

    private Receipts.Tally tally(Collection<String> acknowledged) {
        Receipts.Tally tally = Receipts.Tally.NONE;
        for (String facility : facilities) {
            tally = tally.plus(Receipts.Tally.of(facility, webhooks(facility), acknowledged));
        }
        return tally;
    }

    /**
     * No dead-letter topic holds a record but the poison records a test sent on purpose ({@link PoisonRecords}):
     * every event the services wrote was valid.
     */
    void assertNoValidEventWasDeadLettered() throws Exception {
        List<String> topics = PoisonRecords.deadLetterTopics();
        long held = TopicReader.recordCount(stack.kafkaBootstrapServers(), topics);
        List<ConsumerRecord<String, String>> read = TopicReader.read(stack.kafkaBootstrapServers(), topics,
                Duration.ofSeconds(60), records -> records.size() >= held);
        assertEquals(held, read.size(), "every dead letter read");
        assertEquals(List.of(), read.stream().filter(r -> !PoisonRecords.isPoison(r))
                .map(r -> r.topic() + " " + r.key() + ": " + r.value()).toList(), "no valid event in a dead-letter topic");
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
