package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.events.ContractTests.names;
import static org.shortagewatch.events.ContractTests.values;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The product-master event and its JSON Schema describe the same thing. */
class ProductChangedContractTest extends EventContractTest<ProductChanged> {

    private static final ObjectMapper JSON = ContractTests.JSON;

    ProductChangedContractTest() {
        super(ProductChanged.class, ProductChanged.SCHEMA);
    }

    @Override
    Stream<ProductChanged> everyShape() {
        return Arrays.stream(ProductCategory.values()).flatMap(category -> Arrays.stream(SupplySecurityClass.values())
                .map(security -> new ProductChanged(3, new ProductDetails("2456001F1310", "ロキソプロフェンNa錠60mg「SW」",
                        "ロキソプロフェンナトリウム水和物", "60mg1錠", DrugCategory.values()[security.ordinal() % 3],
                        category, security == SupplySecurityClass.A, security, "MFR001", "シュアワッチ製薬",
                        LocalDate.of(2020, 6, 19), List.of("4987123456784"), List.of("100錠(PTP)")),
                        Instant.parse("2026-12-01T00:00:00Z"))));
    }

    @Test
    void aRecordWithOnlyTheRequiredFieldsIsValid() throws Exception {
        ProductChanged least = new ProductChanged(1, new ProductDetails("2456001F1310", "x", "y", null, null,
                null, false, SupplySecurityClass.NONE, "MFR001", null, null, null, null), Instant.parse("2026-12-01T00:00:00Z"));
        assertTrue(schema.validate(JSON.readTree(EventJson.write(least))).isEmpty());
    }

    @Test
    void anEventWithoutBarcodesOrPackSizesAsEarlierProducersWroteItReadsAsEmptyLists() throws Exception {
        ObjectNode earlier = (ObjectNode) JSON.readTree(EventJson.write(everyShape().findFirst().orElseThrow()));
        earlier.remove(List.of("gs1Codes", "packSizes"));
        assertTrue(schema.validate(earlier).isEmpty());
        ProductChanged read = EventJson.read(earlier.toString(), ProductChanged.class);
        assertEquals(List.of(), read.product().gs1Codes());
        assertEquals(List.of(), read.product().packSizes());
        assertEquals("2456001F1310", read.product().yjCode());
        assertEquals(3, read.version());
    }

    @Test
    void enumsAndTheYjCodePatternAreTheSchemas() throws Exception {
        JsonNode props = ContractTests.tree(schemaResource).get("properties");
        assertEquals(names(DrugCategory.values()), values(props.get("drugCategory").get("enum")));
        assertEquals(names(ProductCategory.values()), values(props.get("productCategory").get("enum")));
        assertEquals(names(SupplySecurityClass.values()), values(props.get("supplySecurityClass").get("enum")));
        assertEquals(YjCodes.PATTERN, props.get("yjCode").get("pattern").asText());
    }

    @Test
    void theSchemaRejectsWhatTheRecordCannotProduce() throws Exception {
        ObjectNode valid = (ObjectNode) JSON.readTree(EventJson.write(everyShape().findFirst().orElseThrow()));
        assertFalse(schema.validate(valid.deepCopy().put("version", 0)).isEmpty());
        assertFalse(schema.validate(valid.deepCopy().put("supplySecurityClass", "D")).isEmpty());
        assertFalse(schema.validate(valid.deepCopy().put("extra", true)).isEmpty());
        ObjectNode missing = valid.deepCopy();
        missing.remove("manufacturerCode");
        assertFalse(schema.validate(missing).isEmpty());
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicAndSchema() throws Exception {
        JsonNode doc = ContractTests.asyncApi();
        assertEquals(ProductChanged.TOPIC, doc.at("/channels/products/address").asText());
        assertEquals("./json/product-changed.v1.json",
                doc.at("/components/messages/ProductChanged/payload/schema/$ref").asText());
        assertEquals(ProductChanged.TYPE, doc.at("/components/messages/ProductChanged/headers/properties/ce_type/const")
                .asText());
    }
}
