package org.shortagewatch.allocation.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shortagewatch.allocation.domain.SupplyStatus;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;

/** A product's current shipment status as this service knows it, with the Japanese wording users see. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductStatusView(
        String yjCode,
        long revision,
        ShipmentResponse shipmentResponse,
        String shipmentResponseLabel,
        ShortageReason reason,
        String reasonLabel,
        LocalDate effectiveDate,
        Instant reportedAt,
        Instant updatedAt,
        UUID lastEventId) {

    static ProductStatusView of(SupplyStatus s) {
        return new ProductStatusView(s.yjCode(), s.revision(), s.shipmentResponse(), s.shipmentResponse().japanese(),
                s.reason(), s.reason() == null ? null : s.reason().japanese(), s.effectiveDate(), s.reportedAt(),
                s.updatedAt(), s.lastEventId());
    }
}
