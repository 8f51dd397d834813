package org.shortagewatch.infra.journey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;

import io.restassured.specification.RequestSpecification;

/**
 * Re-driving a dead-letter topic: a valid supply-status event that an earlier version dead-lettered (a database
 * outage was once taken for a bad record) is applied once after an administrator re-drives it, is never re-driven
 * twice, and the re-drive is in the audit trail; only an administrator may re-drive. Every service that consumes
 * supply-status events runs this journey through a {@code @QuarkusTest} subclass that says what applying means there.
 */
public abstract class DeadLetterRedriveJourney {

    private static final String ORIGINAL_TOPIC = "supply-status";

    private final String deadLetterTopic;

    /** @param deadLetterTopic where this service's supply-status consumer dead-letters what it cannot apply */
    protected DeadLetterRedriveJourney(String deadLetterTopic) {
        this.deadLetterTopic = deadLetterTopic;
    }

    /**
     * A valid supply-status record with an id of its own, made with {@link TestEvents#supplyStatus}; arranges
     * whatever else the service needs to show the event applied (a subscriber, say).
     */
    protected abstract ProducerRecord<String, String> validEvent() throws Exception;

    /** Waits until the service shows event {@code id} applied. */
    protected abstract void awaitApplied(UUID id) throws Exception;

    /** How often the service's supply-status consumer recorded event {@code id} as processed: 0 or 1. */
    protected abstract long timesProcessed(UUID id) throws Exception;

    private static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer("admin", "ops"));
    }

    @Test
    void aValidEventInTheDeadLetterTopicIsAppliedOnceWhenReDriven() throws Exception {
        ProducerRecord<String, String> valid = validEvent();
        UUID id = UUID.fromString(new String(valid.headers().lastHeader(CloudEvents.ID).value(), StandardCharsets.UTF_8));
        ProducerRecord<String, String> deadLettered = new ProducerRecord<>(deadLetterTopic, null, valid.key(),
                valid.value(), valid.headers());
        deadLettered.headers().add("dead-letter-reason",
                "ClosedConnectionException: Failed to read any response from the server".getBytes(StandardCharsets.UTF_8));
        TestEvents.send(deadLettered);

        admin().when().get("/api/v1/dead-letters")
                .then().statusCode(200)
                .body("findAll { it.eventId == '" + id + "' }.redriven", hasItem(false))
                .body("findAll { it.eventId == '" + id + "' }.originalTopic", hasItem(ORIGINAL_TOPIC));
        admin().when().post("/api/v1/dead-letters/{topic}/redrive", deadLetterTopic)
                .then().statusCode(200)
                .body("originalTopic", equalTo(ORIGINAL_TOPIC));

        awaitApplied(id);
        assertEquals(1, timesProcessed(id), "applied once");
        admin().when().get("/api/v1/dead-letters")
                .then().statusCode(200)
                .body("findAll { it.eventId == '" + id + "' }.redriven", hasItem(true));
        admin().when().post("/api/v1/dead-letters/{topic}/redrive", deadLetterTopic)
                .then().statusCode(200).body("redriven", equalTo(0));
        assertTrue(TestDatabase.count(
                "select count(*) from audit_log where action = 'dead-letters.redrive' and org = 'ops'") >= 1,
                "the re-drive is in the audit trail");
    }

    @Test
    void onlyAnAdministratorMayReDrive() {
        given().header("Authorization", TestTokens.bearer("wholesaler", "WHS001"))
                .when().post("/api/v1/dead-letters/{topic}/redrive", deadLetterTopic)
                .then().statusCode(403);
        admin().when().post("/api/v1/dead-letters/{topic}/redrive", "no-such-topic")
                .then().statusCode(404);
    }
}
