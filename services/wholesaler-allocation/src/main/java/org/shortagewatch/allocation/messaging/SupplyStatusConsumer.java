package org.shortagewatch.allocation.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.shortagewatch.allocation.domain.RecomputationTrigger;
import org.shortagewatch.allocation.domain.SupplyStatusProjection;
import org.shortagewatch.allocation.service.Recomputation;
import org.shortagewatch.allocation.service.SupplyStatusTracking;
import org.shortagewatch.common.messaging.BatchEffect;
import org.shortagewatch.common.messaging.OnceOnlyConsumer;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.events.YjCodes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Follows the {@code supply-status} topic through {@link OnceOnlyConsumer}, a poll's batch at a time on several
 * consumers (the channel's {@code concurrency}, each with its own partitions and event loop): each event is applied
 * once, its id recorded in the same transaction as its effect (one transaction per batch on the Vert.x SQL client:
 * the statuses, the recomputations and their outbox rows), the offsets acknowledged only after it commits. A record that
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

    static final String CHANNEL = "supply-status-in";

    /**
     * Each poll's records at once: each product's latest status of the batch (an earlier revision in the same batch
     * could only be overtaken by it), all products' together, pipelined on the connection; then one recomputation
     * per ingredient whose products' status changed (entering, changing or leaving limited shipment), however many
     * of its events the batch holds: plans, findings and their events, all in the batch's one transaction.
     */
    @Incoming(CHANNEL)
    public Uni<Void> onSupplyStatus(ConsumerRecords<String, String> records) {
        return onceOnly.applyBatch(CONSUMER, CHANNEL, records, SupplyStatusChanged.TYPE, SupplyStatusChanged.class,
                (event, change) -> SupplyStatusProjection.check(change, event.key(), event.subject()), this::apply);
    }

    private Uni<Void> apply(SqlConnection connection, List<BatchEffect.Decoded<SupplyStatusChanged>> events) {
        List<BatchEffect.Decoded<SupplyStatusChanged>> applying = latestPerProduct(events);
        if (applying.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.combine().all().unis(applying.stream()
                        .map(e -> tracking.apply(connection, e.event().id(), e.data())).toList())
                .with(Boolean.class, applied -> {
                    Set<String> changed = new TreeSet<>(); // locked in one order by every consumer
                    for (int i = 0; i < applying.size(); i++) {
                        if (applied.get(i)) {
                            changed.add(YjCodes.ingredientKey(applying.get(i).data().report().yjCode()));
                        }
                    }
                    return changed;
                })
                .chain(changed -> recomputeEach(connection, changed));
    }

    /** Each product's latest event of the batch, in YJ-code order. */
    private static List<BatchEffect.Decoded<SupplyStatusChanged>> latestPerProduct(
            List<BatchEffect.Decoded<SupplyStatusChanged>> events) {
        Map<String, BatchEffect.Decoded<SupplyStatusChanged>> latest = new TreeMap<>();
        for (BatchEffect.Decoded<SupplyStatusChanged> e : events) {
            latest.merge(e.data().report().yjCode(), e, (a, b) -> b.data().revision() > a.data().revision() ? b : a);
        }
        return List.copyOf(latest.values());
    }

    /** One recomputation per ingredient, one after the other, in the set's order. */
    private Uni<Void> recomputeEach(SqlConnection connection, Set<String> ingredients) {
        Uni<Void> recomputed = Uni.createFrom().voidItem();
        for (String ingredient : ingredients) {
            recomputed = recomputed.chain(() -> recomputation.recompute(connection, ingredient,
                    RecomputationTrigger.SUPPLY_STATUS_CHANGED).replaceWithVoid());
        }
        return recomputed;
    }
}
