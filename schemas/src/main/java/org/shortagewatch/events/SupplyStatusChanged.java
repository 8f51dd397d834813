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
 * @param effectiveDateCertainty whether {@code effectiveDate} is anticipated or actual (absent: actual)
 * @param causeYjCode for {@code LIMITED_OTHER_COMPANY}: the other company's product that caused it, when known
 * @param resolutionOutlook whether the shortage is expected to be resolved (解消見込み)
 * @param expectedResolutionDate when it is expected to be resolved (解消見込み時期)
 * @param shipmentVolume the shipment volume (出荷量の状況)
 * @param volumeImprovementDate when the volume is expected to improve (出荷量改善の見込み時期)
 * @param volumeImprovementAmount by how much (出荷量改善の見込み量), as the manufacturer states it
 * @param previousShipmentResponse the response before this change; {@code null} for a product's first report (and in
 *        events written before the field existed)
 * @param product the product as its master record stood at the change; {@code null} when it has none (and in events
 *        written before the field existed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplyStatusChanged(
        String yjCode,
        long revision,
        ShipmentResponse shipmentResponse,
        ShortageReason reason,
        LocalDate effectiveDate,
        Instant reportedAt,
        String reportedBy,
        DateCertainty effectiveDateCertainty,
        String causeYjCode,
        ResolutionOutlook resolutionOutlook,
        LocalDate expectedResolutionDate,
        ShipmentVolume shipmentVolume,
        LocalDate volumeImprovementDate,
        String volumeImprovementAmount,
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

    /** A change with every field of the national list, without the product's previous response and description. */
    public SupplyStatusChanged(String yjCode, long revision, ShipmentResponse shipmentResponse, ShortageReason reason,
            LocalDate effectiveDate, Instant reportedAt, String reportedBy, DateCertainty effectiveDateCertainty,
            String causeYjCode, ResolutionOutlook resolutionOutlook, LocalDate expectedResolutionDate,
            ShipmentVolume shipmentVolume, LocalDate volumeImprovementDate, String volumeImprovementAmount) {
        this(yjCode, revision, shipmentResponse, reason, effectiveDate, reportedAt, reportedBy, effectiveDateCertainty,
                causeYjCode, resolutionOutlook, expectedResolutionDate, shipmentVolume, volumeImprovementDate,
                volumeImprovementAmount, null, null);
    }

    /** The same change, with the product's previous response and its description. */
    public SupplyStatusChanged describedAs(ShipmentResponse previous, Product described) {
        return new SupplyStatusChanged(yjCode, revision, shipmentResponse, reason, effectiveDate, reportedAt,
                reportedBy, effectiveDateCertainty, causeYjCode, resolutionOutlook, expectedResolutionDate,
                shipmentVolume, volumeImprovementDate, volumeImprovementAmount, previous, described);
    }

    /** A change that states only the shipment response and its reason. */
    public SupplyStatusChanged(String yjCode, long revision, ShipmentResponse shipmentResponse, ShortageReason reason,
            LocalDate effectiveDate, Instant reportedAt, String reportedBy) {
        this(yjCode, revision, shipmentResponse, reason, effectiveDate, reportedAt, reportedBy, null, null, null, null,
                null, null, null, null, null);
    }

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.supply-status.changed.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "supply-status";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/supply-status-changed.v1.json";
}
