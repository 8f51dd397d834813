package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.events.ContractTests.names;
import static org.shortagewatch.events.ContractTests.values;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Java record and its JSON Schema must describe the same event; any drift fails here. */
class SupplyStatusChangedContractTest extends EventContractTest<SupplyStatusChanged> {

    private static final ObjectMapper JSON = ContractTests.JSON;

    SupplyStatusChangedContractTest() {
        super(SupplyStatusChanged.class, SupplyStatusChanged.SCHEMA);
    }

    @Override
    Stream<SupplyStatusChanged> everyShape() {
        Stream<SupplyStatusChanged> normal = Stream.of(new SupplyStatusChanged("2456001F1310", 1,
                ShipmentResponse.NORMAL, null, LocalDate.of(2023, 11, 1), Instant.parse("2023-11-01T09:00:00Z"), null));
        Stream<SupplyStatusChanged> short_ = Arrays.stream(ShipmentResponse.values())
                .filter(ShipmentResponse::isShort)
                .flatMap(response -> Arrays.stream(ShortageReason.values())
                        .map(reason -> new SupplyStatusChanged("6132016X1018", 7, response, reason,
                                LocalDate.of(2023, 9, 29), Instant.parse("2023-09-29T01:02:03.456Z"), "M0001")));
        Stream<SupplyStatusChanged> everyField = Arrays.stream(ShipmentVolume.values()).flatMap(volume ->
                Arrays.stream(ResolutionOutlook.values()).map(outlook -> new SupplyStatusChanged("6132016X1018", 9,
                        ShipmentResponse.LIMITED_OTHER_COMPANY, ShortageReason.DEMAND_INCREASE, LocalDate.of(2026, 12, 1),
                        Instant.parse("2026-11-25T01:02:03Z"), "M0001", DateCertainty.ANTICIPATED, "6132016X1026",
                        outlook, LocalDate.of(2027, 3, 31), volume, LocalDate.of(2027, 1, 15), "通常の50%")));
        Stream<SupplyStatusChanged> described = Arrays.stream(SupplySecurityClass.values()).map(securityClass ->
                new SupplyStatusChanged("6132016X1018", 10, ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE,
                        LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T01:02:03Z"), "M0001")
                        .describedAs(ShipmentResponse.LIMITED_OWN_REASONS, new SupplyStatusChanged.Product(
                                "セファゾリンNa注射用1g「サンプル」", "1g1瓶", "サンプル製薬株式会社",
                                ProductCategory.GENERIC, securityClass == SupplySecurityClass.A, securityClass)));
        Stream<SupplyStatusChanged> undescribed = Stream.of(new SupplyStatusChanged("6132016X1018", 2,
                ShipmentResponse.NORMAL, null, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T01:02:03Z"), null)
                .describedAs(ShipmentResponse.STOPPED, new SupplyStatusChanged.Product(null, null, null, null, false,
                        null)));
        Stream<SupplyStatusChanged> statedToAPeriod = Arrays.stream(DatePrecision.values()).map(precision ->
                new SupplyStatusChanged(11, new StatusReport("6132016X1018", ShipmentResponse.LIMITED_OWN_REASONS,
                        ShortageReason.MANUFACTURING_TROUBLE, LocalDate.of(2026, 12, 1), null, null,
                        ResolutionOutlook.YES, LocalDate.of(2027, 3, 5), precision, ShipmentVolume.B,
                        LocalDate.of(2027, 2, 1), precision, null), Instant.parse("2026-11-25T01:02:03Z"), "M0001",
                        null, null));
        return Stream.of(normal, short_, everyField, described, undescribed, statedToAPeriod).flatMap(s -> s);
    }

    @Test
    void enumsAndSchemaEnumsAreTheSame() throws Exception {
        JsonNode props = ContractTests.tree(schemaResource)
                .get("properties");
        assertEquals(names(ShipmentResponse.values()), values(props.get("shipmentResponse").get("enum")));
        assertEquals(names(ShortageReason.values()), values(props.get("reason").get("enum")));
        assertEquals(names(ResolutionOutlook.values()), values(props.get("resolutionOutlook").get("enum")));
        assertEquals(names(ShipmentVolume.values()), values(props.get("shipmentVolume").get("enum")));
        assertEquals(names(DateCertainty.values()), values(props.get("effectiveDateCertainty").get("enum")));
        assertEquals(names(DatePrecision.values()), values(props.get("expectedResolutionPrecision").get("enum")));
        assertEquals(names(DatePrecision.values()), values(props.get("volumeImprovementPrecision").get("enum")));
        assertEquals(names(ShipmentResponse.values()), values(props.get("previousShipmentResponse").get("enum")));
        JsonNode product = props.get("product").get("properties");
        assertEquals(names(ProductCategory.values()), values(product.get("productCategory").get("enum")));
        assertEquals(names(SupplySecurityClass.values()), values(product.get("supplySecurityClass").get("enum")));
    }

    @Test
    void theProductAndItsSchemaPropertiesAreTheSame() throws Exception {
        assertEquals(ContractTests.properties(ContractTests.tree(schemaResource).at("/properties/product")),
                ContractTests.components(SupplyStatusChanged.Product.class));
    }

    @Test
    void anEventWithoutTheAddedFieldsStillReadsAndAnOlderReaderIgnoresThem() throws Exception {
        SupplyStatusChanged described = new SupplyStatusChanged("2456001F1310", 3, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2024, 1, 5), Instant.parse("2024-01-05T00:00:00Z"),
                "M0001").describedAs(ShipmentResponse.NORMAL, new SupplyStatusChanged.Product("品名", null, null,
                        null, true, SupplySecurityClass.A));
        ObjectNode older = (ObjectNode) JSON.readTree(EventJson.write(described));
        older.remove("previousShipmentResponse");
        older.remove("product");
        assertTrue(schema.validate(older).isEmpty(), "an event written before the fields were added is valid");
        assertEquals(null, EventJson.read(older.toString(), SupplyStatusChanged.class).product());
        // a reader that predates the fields: the same JSON read as a record without them
        record ReaderOfVersion14(String yjCode, long revision, ShipmentResponse shipmentResponse) {
        }
        assertEquals(new ReaderOfVersion14("2456001F1310", 3, ShipmentResponse.STOPPED),
                EventJson.read(EventJson.write(described), ReaderOfVersion14.class));
    }

    @Test
    void anEventThatLeavesOutTheDateCertaintyReadsAsActual() throws Exception {
        ObjectNode older = (ObjectNode) JSON.readTree(EventJson.write(new SupplyStatusChanged("2456001F1310", 2,
                ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE, LocalDate.of(2024, 1, 5),
                Instant.parse("2024-01-05T00:00:00Z"), "M0001")));
        assertEquals("ACTUAL", older.path("effectiveDateCertainty").asText(), "written at the top level");
        older.remove("effectiveDateCertainty");
        assertTrue(schema.validate(older).isEmpty(), "the field is optional");
        assertEquals(DateCertainty.ACTUAL,
                EventJson.read(older.toString(), SupplyStatusChanged.class).report().effectiveDateCertainty());
    }

    @Test
    void theSchemaRejectsWhatTheRecordCannotProduce() throws Exception {
        ObjectNode valid = (ObjectNode) JSON.readTree(EventJson.write(new SupplyStatusChanged("2456001F1310", 2,
                ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE, LocalDate.of(2024, 1, 5),
                Instant.parse("2024-01-05T00:00:00Z"), "M0001")));
        assertTrue(schema.validate(valid).isEmpty());
        assertFalse(schema.validate(valid.deepCopy().put("extra", 1)).isEmpty(), "unknown field");
        assertFalse(schema.validate(valid.deepCopy().put("yjCode", "2456001F131")).isEmpty(), "short YJ code");
        assertFalse(schema.validate(valid.deepCopy().put("shipmentResponse", "LIMITED")).isEmpty(), "unknown status");
        assertFalse(schema.validate(valid.deepCopy().put("effectiveDate", "2024-13-01")).isEmpty(), "bad date");
        assertFalse(schema.validate(valid.deepCopy().put("revision", 0)).isEmpty(), "revision from 1");
        ObjectNode missing = valid.deepCopy();
        missing.remove("effectiveDate");
        assertFalse(schema.validate(missing).isEmpty(), "missing effective date");
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTypeAndSchema() throws Exception {
        JsonNode doc = ContractTests.asyncApi();
        assertEquals("3.0.0", doc.get("asyncapi").asText());
        assertEquals(SupplyStatusChanged.TOPIC, doc.at("/channels/supplyStatus/address").asText());
        assertEquals(SupplyStatusChanged.TYPE,
                doc.at("/components/schemas/CloudEventHeaders/properties/ce_type/const").asText());
        assertEquals("./json/supply-status-changed.v1.json",
                doc.at("/components/messages/SupplyStatusChanged/payload/schema/$ref").asText());
    }

    @Test
    void theYjCodePatternIsTheSchemas() throws Exception {
        JsonNode props = ContractTests.tree(schemaResource)
                .get("properties");
        assertEquals(YjCodes.PATTERN, props.get("yjCode").get("pattern").asText());
    }
}
