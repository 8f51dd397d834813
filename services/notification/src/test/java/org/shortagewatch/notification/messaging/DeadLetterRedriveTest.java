package org.shortagewatch.notification.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Re-driving a dead-letter topic: a valid supply-status event that was dead-lettered (say, during a database outage
 * an earlier version took for a bad record) reaches its subscriber once an administrator re-drives it.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class DeadLetterRedriveTest {

    private static final String DEAD_LETTER_TOPIC = "supply-status-dlq-notification";

    static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops"));
    }

    @Test
    void aValidEventInTheDeadLetterTopicReachesItsSubscriberWhenReDriven() throws Exception {
        String ing = MatchingTest.ingredient();
        String yj = ing + "F1022";
        String facility = MatchingTest.subscribedFacility("YJ_CODE", yj, "[\"INBOX\"]", "INFO");
        UUID id = UUID.randomUUID();
        ProducerRecord<String, String> valid = TestEvents.supplyStatus(yj, id, new SupplyStatusChanged(yj, 1,
                ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.now(),
                "MFR001"));
        ProducerRecord<String, String> deadLettered = new ProducerRecord<>(DEAD_LETTER_TOPIC, null, valid.key(),
                valid.value(), valid.headers());
        deadLettered.headers().add("dead-letter-reason",
                "ClosedConnectionException: Failed to read any response from the server".getBytes(StandardCharsets.UTF_8));
        TestEvents.send(deadLettered);

        admin().when().get("/api/v1/dead-letters")
                .then().statusCode(200)
                .body("findAll { it.eventId == '" + id + "' }.redriven", hasItem(false))
                .body("findAll { it.eventId == '" + id + "' }.originalTopic", hasItem("supply-status"));
        admin().when().post("/api/v1/dead-letters/{topic}/redrive", DEAD_LETTER_TOPIC)
                .then().statusCode(200)
                .body("originalTopic", equalTo("supply-status"));

        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "select count(*) from delivery where recipient = ? and channel = 'INBOX' and cause_event_id = ?::uuid",
                facility, id.toString()) == 1);
        admin().when().get("/api/v1/dead-letters")
                .then().statusCode(200)
                .body("findAll { it.eventId == '" + id + "' }.redriven", hasItem(true));
        assertEquals(1, TestDatabase.count("select count(*) from processed_event where event_id = ?::uuid",
                id.toString()), "applied once");
    }
}
