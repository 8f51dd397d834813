package org.shortagewatch.events;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A manufacturer changed the shipment status of one product (schema {@code supply-status-changed.v1.json}).
 *
 * @param yjCode the product (record key and CloudEvents subject)
 * @param revision position in the product's history, from 1; consumers ignore revisions they have passed
 * @param shipmentResponse the new shipment response
 * @param reason why supply is short; {@code null} for normal shipment
 * @param effectiveDate the day the change takes effect
 * @param reportedAt when it was reported
 * @param reportedBy the reporting organisation, when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplyStatusChanged(
        String yjCode,
        long revision,
        ShipmentResponse shipmentResponse,
        ShortageReason reason,
        LocalDate effectiveDate,
        Instant reportedAt,
        String reportedBy) {

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.supply-status.changed.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "supply-status";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/supply-status-changed.v1.json";
}
