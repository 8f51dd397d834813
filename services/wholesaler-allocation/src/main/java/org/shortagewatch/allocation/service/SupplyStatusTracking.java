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
import org.shortagewatch.events.SupplyStatusChanged;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Keeps each product's current status in step with the supply-status events, and answers it. */
@ApplicationScoped
public class SupplyStatusTracking {

    private static final Logger LOG = Logger.getLogger(SupplyStatusTracking.class);

    @Inject
    ProductStatusRepository statuses;

    /** The product's current status, in a session of its own; null when no event about it was applied. */
    public Uni<ProductStatus> current(String yjCode) {
        return Panache.withSession(() -> statuses.findById(yjCode));
    }

    /**
     * Applies one event to its product's current status; must run inside the transaction that also records the
     * event as processed.
     *
     * @return true if the current status changed, false if the event was older than what is stored
     */
    public Uni<Boolean> apply(UUID eventId, SupplyStatusChanged event) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return statuses.current(event.yjCode()).chain(stored -> SupplyStatusProjection.next(stored, eventId, event, now)
                .map(next -> statuses.upsert(next))
                .orElseGet(() -> Uni.createFrom().item(false))
                .invoke(changed -> {
                    if (!changed) {
                        LOG.debugf("ignored event %s: revision %d of %s is not newer than the stored one", eventId,
                                event.revision(), event.yjCode());
                    }
                }));
    }
}
