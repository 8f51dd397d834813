package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

/** The allocation plan's record and its JSON Schema describe the same event. */
class AllocationPlanPublishedContractTest {

    private static final JsonSchema SCHEMA = ContractTests.load(AllocationPlanPublished.SCHEMA);

    static AllocationPlanPublished plan(List<AllocationPlanPublished.Line> lines) {
        return new AllocationPlanPublished(UUID.fromString("0b7e6a52-5a1c-4b8e-9f0d-3c2b1a0f9e8d"), "2456001F1310",
                "WHS001", 4, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), 1000,
                "PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR", "SUPPLY_STATUS_CHANGED", lines,
                Instant.parse("2026-12-01T00:00:01.5Z"));
    }

    static Stream<AllocationPlanPublished> everyShapeOfTheEvent() {
        return Stream.of(plan(List.of()),
                plan(List.of(new AllocationPlanPublished.Line("1341234566", "13", 600, 120, 600, false),
                        new AllocationPlanPublished.Line("4711234566", "47", 0, 0, 0, true))));
    }

    @ParameterizedTest
    @MethodSource("everyShapeOfTheEvent")
    void everyRecordValidatesAgainstItsSchema(AllocationPlanPublished event) throws Exception {
        JsonNode body = ContractTests.JSON.readTree(EventJson.write(event));
        Set<ValidationMessage> errors = SCHEMA.validate(body);
        assertTrue(errors.isEmpty(), () -> body + " violates the schema: " + errors);
        assertEquals(event, EventJson.read(body.toString(), AllocationPlanPublished.class), "round trip");
    }

    @Test
    void recordComponentsAndSchemaPropertiesAreTheSame() {
        JsonNode schema = ContractTests.tree(AllocationPlanPublished.SCHEMA);
        assertEquals(ContractTests.properties(schema), ContractTests.components(AllocationPlanPublished.class));
        assertEquals(ContractTests.properties(schema.at("/properties/lines/items")),
                ContractTests.components(AllocationPlanPublished.Line.class));
    }

    @Test
    void theSchemaRejectsWhatTheRecordCannotProduce() throws Exception {
        ObjectNode valid = (ObjectNode) ContractTests.JSON.readTree(EventJson.write(everyShapeOfTheEvent().toList().get(1)));
        assertTrue(SCHEMA.validate(valid).isEmpty());
        assertFalse(SCHEMA.validate(valid.deepCopy().put("extra", 1)).isEmpty(), "unknown field");
        assertFalse(SCHEMA.validate(valid.deepCopy().put("supplyUnits", -1)).isEmpty(), "negative supply");
        assertFalse(SCHEMA.validate(valid.deepCopy().put("revision", 0)).isEmpty(), "revision from 1");
        assertFalse(SCHEMA.validate(valid.deepCopy().put("yjCode", "2456001")).isEmpty(), "YJ code");
        ObjectNode badLine = valid.deepCopy();
        ((ObjectNode) badLine.get("lines").get(0)).put("quotaUnits", -5);
        assertFalse(SCHEMA.validate(badLine).isEmpty(), "negative quota");
        ObjectNode badPrefecture = valid.deepCopy();
        ((ObjectNode) badPrefecture.get("lines").get(0)).put("prefectureCode", "48");
        assertFalse(SCHEMA.validate(badPrefecture).isEmpty(), "prefecture 48");
        for (String required : List.of("planId", "wholesalerCode", "lines", "policy", "trigger", "computedAt")) {
            ObjectNode missing = valid.deepCopy();
            missing.remove(required);
            assertFalse(SCHEMA.validate(missing).isEmpty(), "missing " + required);
        }
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTypeAndSchema() {
        JsonNode doc = ContractTests.asyncApi();
        assertEquals(AllocationPlanPublished.TOPIC, doc.at("/channels/allocation/address").asText());
        assertEquals(AllocationPlanPublished.TYPE,
                doc.at("/components/schemas/AllocationPlanHeaders/properties/ce_type/const").asText());
        assertEquals("./json/allocation-plan.v1.json",
                doc.at("/components/messages/AllocationPlanPublished/payload/schema/$ref").asText());
        assertEquals(YjCodes.PATTERN,
                ContractTests.tree(AllocationPlanPublished.SCHEMA).at("/properties/yjCode/pattern").asText());
    }
}
