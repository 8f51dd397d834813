package org.shortagewatch.allocation.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shortagewatch.allocation.domain.SupplyStatus;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

/**
 * A product's current shipment status. Read through this entity; written only by
 * {@link ProductStatusRepository#upsert}, which never lets the revision go backwards.
 */
@Entity
@Table(name = "product_status")
public class ProductStatus {

    @Id
    @Column(name = "yj_code")
    public String yjCode;

    @Column(nullable = false)
    public long revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "shipment_response", nullable = false)
    public ShipmentResponse shipmentResponse;

    @Enumerated(EnumType.STRING)
    public ShortageReason reason;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    /** When this service applied the current revision. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The CloudEvents id of the event that brought the current revision. */
    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    public SupplyStatus toSupplyStatus() {
        return new SupplyStatus(yjCode, revision, shipmentResponse, reason, effectiveDate, reportedAt, updatedAt,
                lastEventId);
    }
}
