package org.shortagewatch.notification.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.journey.DeadLetterRedriveJourney;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A re-driven supply-status event reaches the inbox of the facility subscribed to its product. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class DeadLetterRedriveTest extends DeadLetterRedriveJourney {

    /** The facility subscribed to the event's product. */
    private String facility;

    DeadLetterRedriveTest() {
        super("supply-status-dlq-notification");
    }

    @Override
    protected ProducerRecord<String, String> validEvent() throws Exception {
        String yj = MatchingTest.ingredient() + "F1022";
        facility = MatchingTest.subscribedFacility("YJ_CODE", yj, "[\"INBOX\"]", "INFO");
        return TestEvents.supplyStatus(yj, UUID.randomUUID(), new SupplyStatusChanged(yj, 1, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.now(), "MFR001"));
    }

    @Override
    protected void awaitApplied(UUID id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "select count(*) from delivery where recipient = ? and channel = 'INBOX' and cause_event_id = ?::uuid",
                facility, id.toString()) == 1);
    }

    @Override
    protected long timesProcessed(UUID id) throws Exception {
        return TestDatabase.count("select count(*) from processed_event where event_id = ?::uuid", id.toString());
    }
}
