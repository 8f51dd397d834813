package org.shortagewatch.allocation.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.allocation.domain.NameChange;
import org.shortagewatch.allocation.domain.Wholesaler;
import org.shortagewatch.allocation.persistence.WholesalerStore;
import org.shortagewatch.common.audit.AuditTrail;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The wholesalers by name: the operator registers or renames one, in one transaction on the Vert.x SQL client with
 * its audit row (a name registered again as it was changes nothing and records nothing); anyone reads them.
 */
@ApplicationScoped
public class WholesalerRegistry {

    @Inject
    Pool pool;

    @Inject
    WholesalerStore store;

    @Inject
    AuditTrail audit;

    /** Registers the wholesaler (its code and name checked by the caller) and answers what that changed. */
    public Uni<NameChange> register(Wholesaler wholesaler) {
        return pool.withTransaction(c -> store.register(c, wholesaler)
                .call(change -> change.audited() == null ? Uni.createFrom().voidItem()
                        : audit.record(c, change.audited(), wholesaler.code() + ": " + wholesaler.name())));
    }

    /** Every registered wholesaler, by code. */
    public Uni<List<Wholesaler>> all() {
        return store.all(pool);
    }

    /** The wholesaler registered under {@code code}; null when none is. */
    public Uni<Wholesaler> find(String code) {
        return store.find(pool, code).map(found -> found.orElse(null));
    }
}
