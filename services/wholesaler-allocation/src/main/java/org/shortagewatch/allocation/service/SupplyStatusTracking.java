package org.shortagewatch.allocation.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.allocation.domain.SupplyStatusProjection;
import org.shortagewatch.allocation.persistence.ProductStatus;
import org.shortagewatch.allocation.persistence.ProductStatusRepository;
import org.shortagewatch.allocation.persistence.ProductStatusStore;
import org.shortagewatch.events.SupplyStatusChanged;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Keeps each product's current status in step with the supply-status events (on the Vert.x SQL client, in the
 * consumer's transaction), and answers it (the entity, on the Hibernate Reactive session).
 */
@ApplicationScoped
public class SupplyStatusTracking {

    private static final Logger LOG = Logger.getLogger(SupplyStatusTracking.class);

    @Inject
    ProductStatusRepository statuses;

    @Inject
    ProductStatusStore store;

    /** The product's current status, in a session of its own; null when no event about it was applied. */
    public Uni<ProductStatus> current(String yjCode) {
        return Panache.withSession(() -> statuses.findById(yjCode));
    }

    /**
     * Applies one event to its product's current status, in the transaction of {@code c}, which also records the
     * event as processed.
     *
     * @return true if the current status changed, false if the event was older than what is stored
     */
    public Uni<Boolean> apply(SqlConnection c, UUID eventId, SupplyStatusChanged event) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return store.current(c, event.yjCode()).chain(stored -> SupplyStatusProjection.next(stored, eventId, event, now)
                .map(next -> store.upsert(c, next))
                .orElseGet(() -> Uni.createFrom().item(false))
                .invoke(changed -> {
                    if (!changed) {
                        LOG.debugf("ignored event %s: revision %d of %s is not newer than the stored one", eventId,
                                event.revision(), event.yjCode());
                    }
                }));
    }
}
