package org.shortagewatch.events;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A manufacturer changed the shipment status of one product (schema {@code supply-status-changed.v1.json}): the
 * report as the maker made it, with every field of the national list at the event's top level, numbered in the
 * product's history and described as the product stood.
 *
 * @param revision position in the product's history, from 1; consumers ignore revisions they have passed
 * @param report what was reported; its {@code yjCode} is the record key and CloudEvents subject
 * @param reportedAt when it was reported
 * @param reportedBy the reporting organisation, when known
 * @param previousShipmentResponse the response before this change; {@code null} for a product's first report (and in
 *        events written before the field existed)
 * @param product the product as its master record stood at the change; {@code null} when it has none (and in events
 *        written before the field existed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplyStatusChanged(
        long revision,
        @JsonUnwrapped StatusReport report,
        Instant reportedAt,
        String reportedBy,
        ShipmentResponse previousShipmentResponse,
        Product product) {

    /**
     * What an alert needs to know of the product, as it stood when the change was recorded.
     *
     * @param productName 品名
     * @param strengthUnit 規格単位
     * @param manufacturerName 製造販売業者名
     * @param basicDrug 基礎的医薬品
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Product(String productName, String strengthUnit, String manufacturerName,
            ProductCategory productCategory, boolean basicDrug, SupplySecurityClass supplySecurityClass) {
    }

    /**
     * A change with every field of the national list (its outlook dates stated to the day), without the product's
     * previous response and description.
     */
    public SupplyStatusChanged(String yjCode, long revision, ShipmentResponse shipmentResponse, ShortageReason reason,
            LocalDate effectiveDate, Instant reportedAt, String reportedBy, DateCertainty effectiveDateCertainty,
            String causeYjCode, ResolutionOutlook resolutionOutlook, LocalDate expectedResolutionDate,
            ShipmentVolume shipmentVolume, LocalDate volumeImprovementDate, String volumeImprovementAmount) {
        this(revision, new StatusReport(yjCode, shipmentResponse, reason, effectiveDate, effectiveDateCertainty,
                causeYjCode, resolutionOutlook, expectedResolutionDate, null, shipmentVolume, volumeImprovementDate,
                null, volumeImprovementAmount), reportedAt, reportedBy, null, null);
    }

    /** A change that states only the shipment response and its reason. */
    public SupplyStatusChanged(String yjCode, long revision, ShipmentResponse shipmentResponse, ShortageReason reason,
            LocalDate effectiveDate, Instant reportedAt, String reportedBy) {
        this(yjCode, revision, shipmentResponse, reason, effectiveDate, reportedAt, reportedBy, null, null, null, null,
                null, null, null);
    }

    /** The same change, with the product's previous response and its description. */
    public SupplyStatusChanged describedAs(ShipmentResponse previous, Product described) {
        return new SupplyStatusChanged(revision, report, reportedAt, reportedBy, previous, described);
    }

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.supply-status.changed.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "supply-status";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/supply-status-changed.v1.json";
}
