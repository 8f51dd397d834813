package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The reminder to confirm stale statuses and its JSON Schema describe the same thing. */
class StatusConfirmationDueContractTest extends EventContractTest<StatusConfirmationDue> {

    StatusConfirmationDueContractTest() {
        super(StatusConfirmationDue.class, StatusConfirmationDue.SCHEMA);
    }

    private static StatusConfirmationDue reminder(String managerName, String managerEmail, ShipmentResponse response) {
        return new StatusConfirmationDue("MFR001", "シュアワッチ製薬", managerName, managerEmail,
                List.of(new StatusConfirmationDue.StaleProduct("2456001F1310", "ロキソプロフェンNa錠60mg「SW」", response,
                        Instant.parse("2026-10-01T01:02:03.456789Z"))),
                Instant.parse("2026-12-05T00:00:00Z"), LocalDate.of(2026, 12, 5));
    }

    /** Every shortage response, with a named manager and without one. */
    @Override
    Stream<StatusConfirmationDue> everyShape() {
        return Arrays.stream(ShipmentResponse.values()).filter(r -> r != ShipmentResponse.NORMAL)
                .flatMap(r -> Stream.of(reminder("供給 太郎", "kyokyu@example.jp", r), reminder(null, null, r)));
    }

    @Test
    void theProductsComponentsPropertiesAndEnumsAreTheSame() {
        JsonNode item = ContractTests.tree(schemaResource).at("/properties/products/items");
        assertEquals(ContractTests.properties(item), ContractTests.components(StatusConfirmationDue.StaleProduct.class));
        assertEquals(ContractTests.names(Arrays.stream(ShipmentResponse.values())
                        .filter(r -> r != ShipmentResponse.NORMAL).toArray(ShipmentResponse[]::new)),
                ContractTests.values(item.at("/properties/shipmentResponse/enum")));
        assertEquals(YjCodes.PATTERN, item.at("/properties/yjCode/pattern").asText());
    }

    @Test
    void theSchemaRejectsWhatTheRecordCannotProduce() throws Exception {
        ObjectNode valid = (ObjectNode) ContractTests.JSON.readTree(
                EventJson.write(reminder("供給 太郎", "kyokyu@example.jp", ShipmentResponse.STOPPED)));
        assertTrue(schema.validate(valid).isEmpty());
        assertFalse(schema.validate(valid.deepCopy().put("extra", 1)).isEmpty(), "unknown field");
        ObjectNode none = valid.deepCopy();
        none.putArray("products");
        assertFalse(schema.validate(none).isEmpty(), "a reminder names at least one product");
        ObjectNode normal = valid.deepCopy();
        ((ObjectNode) normal.get("products").get(0)).put("shipmentResponse", "NORMAL");
        assertFalse(schema.validate(normal).isEmpty(), "normal shipment is never stale");
        ContractTests.assertRequired(schema, valid, "manufacturerCode", "products", "asOf", "remindedOn");
        ObjectNode product = (ObjectNode) valid.get("products").get(0);
        for (String required : List.of("yjCode", "productName", "shipmentResponse", "lastConfirmedAt")) {
            ObjectNode missing = valid.deepCopy();
            ((ObjectNode) missing.get("products").get(0)).remove(required);
            assertFalse(schema.validate(missing).isEmpty(), "missing products[]." + required + " of " + product);
        }
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTypeAndSchema() {
        ContractTests.assertAsyncApi("statusConfirmations", StatusConfirmationDue.TOPIC, "StatusConfirmationDue",
                "StatusConfirmationDueHeaders", StatusConfirmationDue.TYPE, "status-confirmation-due.v1.json");
    }
}
