package org.shortagewatch.allocation.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.allocation.domain.SupplyStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ProductStatusRepository implements PanacheRepositoryBase<ProductStatus, String> {

    /** The product's stored status, if any event about it was applied. */
    public Uni<Optional<SupplyStatus>> current(String yjCode) {
        return findById(yjCode).map(row -> Optional.ofNullable(row).map(ProductStatus::toSupplyStatus));
    }

    /**
     * Stores {@code status} as the product's current status, unless the stored revision is already at least as
     * high. The guard is in the statement itself, so a concurrent writer (a consumer that has just lost its
     * partition, say) can neither move a product backwards nor fail on the primary key.
     *
     * @return true if the row was written
     */
    public Uni<Boolean> upsert(SupplyStatus status) {
        return getSession().chain(session -> session.createNativeQuery("""
                insert into product_status (yj_code, revision, shipment_response, reason, effective_date, reported_at,
                                            updated_at, last_event_id)
                values (:yj, :revision, :response, :reason, :effectiveDate, :reportedAt, :updatedAt, :eventId)
                on conflict (yj_code) do update set %s
                where product_status.revision < excluded.revision""".formatted(Upserts.proposed("revision",
                "shipment_response", "reason", "effective_date", "reported_at", "updated_at", "last_event_id")))
                .setParameter("yj", status.yjCode())
                .setParameter("revision", status.revision())
                .setParameter("response", status.shipmentResponse().name())
                .setParameter("reason", status.reason() == null ? null : status.reason().name())
                .setParameter("effectiveDate", status.effectiveDate())
                .setParameter("reportedAt", status.reportedAt())
                .setParameter("updatedAt", status.updatedAt())
                .setParameter("eventId", status.lastEventId())
                .executeUpdate()
                .map(written -> written == 1));
    }
}
