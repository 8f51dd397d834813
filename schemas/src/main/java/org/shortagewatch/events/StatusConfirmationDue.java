package org.shortagewatch.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A manufacturer has products in limited shipment or supply stopped whose status it has not confirmed for too long
 * (schema {@code status-confirmation-due.v1.json}): what notification needs to remind the maker in its inbox and by
 * e-mail, without calling manufacturer-report. At most one per maker and day.
 *
 * @param manufacturerCode the maker to remind (record key and CloudEvents subject)
 * @param supplyManagerName the maker's supply-system manager (供給体制管理責任者), null when none is named
 * @param supplyManagerEmail the manager's e-mail address, null when none is named
 * @param products the stale products, in YJ-code order
 * @param asOf when they were found stale
 * @param remindedOn the day in Japan the reminder is for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusConfirmationDue(
        String manufacturerCode,
        String manufacturerName,
        String supplyManagerName,
        String supplyManagerEmail,
        List<StaleProduct> products,
        Instant asOf,
        LocalDate remindedOn) {

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.status.confirmation-due.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "status-confirmations";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/status-confirmation-due.v1.json";

    /**
     * A product whose status was last reported or confirmed at {@code lastConfirmedAt}.
     *
     * @param shipmentResponse its status in effect, a limited one or {@code STOPPED}
     */
    public record StaleProduct(String yjCode, String productName, ShipmentResponse shipmentResponse,
            Instant lastConfirmedAt) {
    }
}
