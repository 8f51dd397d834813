package org.shortagewatch.allocation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

/**
 * What this service currently knows about one product's shipment status: the newest revision it has applied.
 *
 * @param revision the manufacturer-report revision this state comes from
 * @param updatedAt when this service applied it
 * @param lastEventId the CloudEvents id of the event that brought it
 */
public record SupplyStatus(
        String yjCode,
        long revision,
        ShipmentResponse shipmentResponse,
        ShortageReason reason,
        LocalDate effectiveDate,
        Instant reportedAt,
        Instant updatedAt,
        UUID lastEventId) {
}
