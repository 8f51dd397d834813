package org.shortagewatch.allocation.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.shortagewatch.allocation.domain.SupplyStatus;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

/**
 * A product's current shipment status. Read through this entity; written only by
 * {@link ProductStatusStore#upsert}, which never lets the revision go backwards.
 */
@Entity
public class ProductStatus {

    @Id
    public String yjCode;

    public long revision;

    @Enumerated(EnumType.STRING)
    public ShipmentResponse shipmentResponse;

    @Enumerated(EnumType.STRING)
    public ShortageReason reason;

    public LocalDate effectiveDate;

    public Instant reportedAt;

    /** When this service applied the current revision. */
    public Instant updatedAt;

    /** The CloudEvents id of the event that brought the current revision. */
    public UUID lastEventId;

    public SupplyStatus toSupplyStatus() {
        return new SupplyStatus(yjCode, revision, shipmentResponse, reason, effectiveDate, reportedAt, updatedAt,
                lastEventId);
    }
}
