package org.shortagewatch.allocation.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.shortagewatch.allocation.domain.RecomputationTrigger;
import org.shortagewatch.allocation.domain.SupplyStatusProjection;
import org.shortagewatch.allocation.service.Recomputation;
import org.shortagewatch.allocation.service.SupplyStatusTracking;
import org.shortagewatch.common.messaging.OnceOnlyConsumer;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.events.YjCodes;

import io.smallrye.mutiny.Uni;

/**
 * Follows the {@code supply-status} topic through {@link OnceOnlyConsumer}: each event is applied once, its id
 * recorded in the same transaction as its effect (one transaction on the Vert.x SQL client: the status, the
 * recomputation and its outbox rows), the offset acknowledged only after that transaction commits. A record that
 * is not a well-formed supply-status event goes to the dead-letter topic and the partition keeps flowing; a failure
 * of ours (the database, a bug) is retried until the event applies.
 */
@ApplicationScoped
public class SupplyStatusConsumer {

    /** This consumer's name in the processed-event log. */
    static final String CONSUMER = "wholesaler-allocation";

    @Inject
    OnceOnlyConsumer onceOnly;

    @Inject
    SupplyStatusTracking tracking;

    @Inject
    Recomputation recomputation;

    @Incoming("supply-status-in")
    public Uni<Void> onSupplyStatus(ConsumerRecord<String, String> record) {
        return onceOnly.apply(CONSUMER, record, SupplyStatusChanged.TYPE, SupplyStatusChanged.class,
                (event, change) -> SupplyStatusProjection.check(change, event.key(), event.subject()),
                // A status change (entering, changing or leaving limited shipment) recomputes the product's
                // ingredient: plans, findings and their events, in this same transaction.
                (connection, event, change) -> tracking.apply(connection, event.id(), change).chain(changed -> !changed
                        ? Uni.createFrom().voidItem()
                        : recomputation.recompute(connection, YjCodes.ingredientKey(change.yjCode()),
                                RecomputationTrigger.SUPPLY_STATUS_CHANGED)
                                .replaceWithVoid()));
    }
}
