package org.shortagewatch.notification.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.shortagewatch.common.messaging.IncomingEvent;
import org.shortagewatch.common.messaging.ProcessedEvents;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.notification.domain.SupplyStatusAlert;
import org.shortagewatch.notification.persistence.Ledger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Turns each supply-status event into ledger rows for the product's subscribers, once: the event id is recorded
 * in the same transaction, and the offset is acknowledged only after that transaction commits.
 */
@ApplicationScoped
public class SupplyStatusConsumer {

    static final String CONSUMER = "notification";
    private static final Logger LOG = Logger.getLogger(SupplyStatusConsumer.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    Ledger ledger;

    @Incoming("supply-status-in")
    @WithTransaction
    public Uni<Void> onSupplyStatus(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record, SupplyStatusChanged.TYPE);
        SupplyStatusChanged change = event.data(SupplyStatusChanged.class);
        String payload = EventJson.write(SupplyStatusAlert.payload(change, Instant.now()));
        return Panache.getSession().chain(session -> processed.firstTime(session, event.id(), CONSUMER)
                .chain(first -> {
                    if (!first) {
                        LOG.debugf("event %s already applied; ignored", event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return ledger.recordAlert(session, event.id(), change.yjCode(), payload).replaceWithVoid();
                }));
    }
}
