package org.shortagewatch.allocation.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Re-driving a dead-letter topic: a valid event that an earlier version dead-lettered (a database outage was once
 * taken for a bad record) is applied once after an administrator re-drives it, and is never re-driven twice.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class DeadLetterRedriveTest {

    private static final String DEAD_LETTER_TOPIC = "supply-status-dlq-wholesaler-allocation";

    static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops"));
    }

    @Test
    void aValidEventInTheDeadLetterTopicIsAppliedOnceWhenReDriven() throws Exception {
        String yj = SupplyStatusConsumerTest.freshYj();
        ProducerRecord<String, String> valid = SupplyStatusConsumerTest.record(yj, UUID.randomUUID(),
                SupplyStatusConsumerTest.event(yj, 1, ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE));
        ProducerRecord<String, String> deadLettered = new ProducerRecord<>(DEAD_LETTER_TOPIC, null, valid.key(),
                valid.value(), valid.headers());
        deadLettered.headers().add("dead-letter-reason",
                "ClosedConnectionException: Failed to read any response from the server".getBytes(StandardCharsets.UTF_8));
        UUID id = SupplyStatusConsumerTest.send(deadLettered);

        admin().when().get("/api/v1/dead-letters")
                .then().statusCode(200)
                .body("findAll { it.eventId == '" + id + "' }.redriven", hasItem(false))
                .body("findAll { it.eventId == '" + id + "' }.originalTopic", hasItem("supply-status"));

        admin().when().post("/api/v1/dead-letters/{topic}/redrive", DEAD_LETTER_TOPIC)
                .then().statusCode(200)
                .body("originalTopic", equalTo("supply-status"));

        SupplyStatusConsumerTest.awaitCurrent(yj, id);
        assertEquals(1, SupplyStatusConsumerTest.processed(id), "applied once");
        admin().when().get("/api/v1/dead-letters")
                .then().statusCode(200)
                .body("findAll { it.eventId == '" + id + "' }.redriven", hasItem(true));
        admin().when().post("/api/v1/dead-letters/{topic}/redrive", DEAD_LETTER_TOPIC)
                .then().statusCode(200).body("redriven", equalTo(0));
        assertTrue(SupplyStatusConsumerTest.rows(
                "select count(*) from audit_log where action = 'dead-letters.redrive' and org = 'ops'") >= 1,
                "the re-drive is in the audit trail");
    }

    @Test
    void onlyAnAdministratorMayReDrive() {
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS001"))
                .when().post("/api/v1/dead-letters/{topic}/redrive", DEAD_LETTER_TOPIC)
                .then().statusCode(403);
        admin().when().post("/api/v1/dead-letters/{topic}/redrive", "no-such-topic")
                .then().statusCode(404);
    }
}
