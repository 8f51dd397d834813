package org.shortagewatch.allocation.messaging;

import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.journey.DeadLetterRedriveJourney;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A re-driven supply-status event becomes its product's current status. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class DeadLetterRedriveTest extends DeadLetterRedriveJourney {

    /** The event's product. */
    private String yj;

    DeadLetterRedriveTest() {
        super("supply-status-dlq-wholesaler-allocation");
    }

    @Override
    protected ProducerRecord<String, String> validEvent() {
        yj = SupplyStatusConsumerTest.freshYj();
        return SupplyStatusConsumerTest.record(yj, UUID.randomUUID(),
                SupplyStatusConsumerTest.event(yj, 1, ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE));
    }

    @Override
    protected void awaitApplied(UUID id) {
        SupplyStatusConsumerTest.awaitCurrent(yj, id);
    }

    @Override
    protected long timesProcessed(UUID id) throws Exception {
        return SupplyStatusConsumerTest.processed(id);
    }
}
