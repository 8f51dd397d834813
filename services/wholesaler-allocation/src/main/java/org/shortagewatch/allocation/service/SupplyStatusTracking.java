package org.shortagewatch.allocation.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.allocation.domain.SupplyStatus;
import org.shortagewatch.allocation.domain.SupplyStatusProjection;
import org.shortagewatch.allocation.persistence.ProductStatusStore;
import org.shortagewatch.events.SupplyStatusChanged;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Keeps each product's current status in step with the supply-status events (in the consumer's transaction), and
 * answers it; both on the Vert.x SQL client, through {@link ProductStatusStore}.
 */
@ApplicationScoped
public class SupplyStatusTracking {

    private static final Logger LOG = Logger.getLogger(SupplyStatusTracking.class);

    @Inject
    Pool pool;

    @Inject
    ProductStatusStore store;

    /** The product's current status; null when no event about it was applied. */
    public Uni<SupplyStatus> current(String yjCode) {
        return store.current(pool, yjCode).map(found -> found.orElse(null));
    }

    /**
     * Applies one event to its product's current status, in the transaction of {@code c}, which also records the
     * event as processed.
     *
     * @return true if the current status changed, false if the event was older than what is stored
     */
    public Uni<Boolean> apply(SqlConnection c, UUID eventId, SupplyStatusChanged event) {
        String yj = event.report().yjCode();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return store.current(c, yj).chain(stored -> SupplyStatusProjection.next(stored, eventId, event, now)
                .map(next -> store.upsert(c, next))
                .orElseGet(() -> Uni.createFrom().item(false))
                .invoke(changed -> {
                    if (!changed) {
                        LOG.debugf("ignored event %s: revision %d of %s is not newer than the stored one", eventId,
                                event.revision(), yj);
                    }
                }));
    }
}
