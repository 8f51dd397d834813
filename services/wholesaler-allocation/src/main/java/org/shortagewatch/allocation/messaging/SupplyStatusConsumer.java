package org.shortagewatch.allocation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.shortagewatch.allocation.domain.SupplyStatusProjection;
import org.shortagewatch.allocation.service.Recomputation;
import org.shortagewatch.allocation.service.SupplyStatusTracking;
import org.shortagewatch.common.messaging.IncomingEvent;
import org.shortagewatch.common.messaging.ProcessedEvents;
import org.shortagewatch.events.SupplyStatusChanged;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Follows the {@code supply-status} topic. Each event is applied at most once: its id is recorded in the same
 * transaction as its effect, and the offset is acknowledged only after that transaction commits. A record that is
 * not a well-formed supply-status event fails with {@link IllegalArgumentException} and goes to the dead-letter
 * topic; the partition keeps flowing.
 */
@ApplicationScoped
public class SupplyStatusConsumer {

    /** This consumer's name in the processed-event log. */
    static final String CONSUMER = "wholesaler-allocation";
    private static final Logger LOG = Logger.getLogger(SupplyStatusConsumer.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    SupplyStatusTracking tracking;

    @Inject
    Recomputation recomputation;

    /** The trigger named in the plans this consumer's recomputations publish. */
    static final String TRIGGER = "SUPPLY_STATUS_CHANGED";

    @Incoming("supply-status-in")
    @WithTransaction
    public Uni<Void> onSupplyStatus(ConsumerRecord<String, String> record) {
        return Uni.createFrom().item(() -> IncomingEvent.of(record, SupplyStatusChanged.TYPE))
                .chain(event -> {
                    SupplyStatusChanged change = event.data(SupplyStatusChanged.class);
                    SupplyStatusProjection.check(change, event.key(), event.subject());
                    return Panache.getSession()
                            .chain(session -> processed.firstTime(session, event.id(), CONSUMER))
                            .chain(first -> {
                                if (!first) {
                                    LOG.debugf("event %s was applied before; ignored", event.id());
                                    return Uni.createFrom().voidItem();
                                }
                                // A status change (entering, changing or leaving limited shipment) recomputes the
                                // product's ingredient: plans, findings and their events, in this same transaction.
                                return tracking.apply(event.id(), change).chain(changed -> !changed
                                        ? Uni.createFrom().voidItem()
                                        : Panache.getSession().chain(session -> recomputation.recompute(session,
                                                change.yjCode().substring(0, 7), TRIGGER)).replaceWithVoid());
                            });
                });
    }
}
