package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The allocation plan's record and its JSON Schema describe the same event. */
class AllocationPlanPublishedContractTest extends EventContractTest<AllocationPlanPublished> {

    AllocationPlanPublishedContractTest() {
        super(AllocationPlanPublished.class, AllocationPlanPublished.SCHEMA);
    }

    static AllocationPlanPublished plan(LocalDate baselineStart, List<AllocationPlanPublished.Line> lines) {
        return new AllocationPlanPublished(UUID.fromString("0b7e6a52-5a1c-4b8e-9f0d-3c2b1a0f9e8d"), "2456001F1310",
                "WHS001", 4, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), 1000,
                "PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR", baselineStart,
                baselineStart == null ? null : baselineStart.plusMonths(3).minusDays(1), "SUPPLY_STATUS_CHANGED",
                lines, Instant.parse("2026-12-01T00:00:01.5Z"));
    }

    /**
     * A plan published before the baseline window was stated, one stating it, and one naming its wholesaler as the
     * registry does.
     */
    @Override
    Stream<AllocationPlanPublished> everyShape() {
        return Stream.of(plan(null, List.of()),
                plan(LocalDate.of(2025, 10, 1), List.of(
                        new AllocationPlanPublished.Line("1341234566", "13", 600, 120, 600, false),
                        new AllocationPlanPublished.Line("4711234566", "47", 0, 0, 0, true))),
                plan(LocalDate.of(2025, 10, 1), List.of()).namingWholesaler("架空薬品販売株式会社"));
    }

    @Test
    void theWholesalersNameIsOptionalAndNeverEmpty() throws Exception {
        AllocationPlanPublished unnamed = plan(LocalDate.of(2025, 10, 1), List.of());
        ObjectNode written = (ObjectNode) ContractTests.JSON.readTree(EventJson.write(unnamed));
        assertFalse(written.has("wholesalerName"), "absent when the registry does not name the wholesaler");
        assertEquals(unnamed, EventJson.read(written.toString(), AllocationPlanPublished.class));
        ObjectNode named = (ObjectNode) ContractTests.JSON.readTree(EventJson.write(
                unnamed.namingWholesaler("架空薬品販売株式会社")));
        assertEquals("架空薬品販売株式会社", named.get("wholesalerName").asText());
        List<String> fields = new ArrayList<>();
        named.fieldNames().forEachRemaining(fields::add);
        assertEquals(fields.indexOf("wholesalerCode") + 1, fields.indexOf("wholesalerName"), "the name beside the code");
        assertFalse(schema.validate(named.deepCopy().put("wholesalerName", "")).isEmpty(), "empty name");
        assertFalse(schema.validate(named.deepCopy().put("wholesalerName", "名".repeat(101))).isEmpty(), "long name");
        assertEquals(unnamed, EventJson.read(named.toString(), AllocationPlanPublished.class).namingWholesaler(null));
    }

    @Test
    void theLinesComponentsAndSchemaPropertiesAreTheSame() {
        assertEquals(ContractTests.properties(ContractTests.tree(schemaResource).at("/properties/lines/items")),
                ContractTests.components(AllocationPlanPublished.Line.class));
    }

    @Test
    void theSchemaRejectsWhatTheRecordCannotProduce() throws Exception {
        ObjectNode valid = (ObjectNode) ContractTests.JSON.readTree(EventJson.write(everyShape().toList().get(1)));
        assertTrue(schema.validate(valid).isEmpty());
        assertFalse(schema.validate(valid.deepCopy().put("extra", 1)).isEmpty(), "unknown field");
        assertFalse(schema.validate(valid.deepCopy().put("supplyUnits", -1)).isEmpty(), "negative supply");
        assertFalse(schema.validate(valid.deepCopy().put("revision", 0)).isEmpty(), "revision from 1");
        assertFalse(schema.validate(valid.deepCopy().put("yjCode", "2456001")).isEmpty(), "YJ code");
        assertFalse(schema.validate(valid.deepCopy().without("baselineEnd")).isEmpty(), "a window has both ends");
        ObjectNode badLine = valid.deepCopy();
        ((ObjectNode) badLine.get("lines").get(0)).put("quotaUnits", -5);
        assertFalse(schema.validate(badLine).isEmpty(), "negative quota");
        ObjectNode badPrefecture = valid.deepCopy();
        ((ObjectNode) badPrefecture.get("lines").get(0)).put("prefectureCode", "48");
        assertFalse(schema.validate(badPrefecture).isEmpty(), "prefecture 48");
        ContractTests.assertRequired(schema, valid, "planId", "yjCode", "wholesalerCode", "revision", "periodStart",
                "periodEnd", "supplyUnits", "policy", "trigger", "lines", "computedAt");
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTypeAndSchema() {
        ContractTests.assertAsyncApi("allocation", AllocationPlanPublished.TOPIC, "AllocationPlanPublished",
                "AllocationPlanHeaders", AllocationPlanPublished.TYPE, "allocation-plan.v1.json");
        assertEquals(YjCodes.PATTERN,
                ContractTests.tree(AllocationPlanPublished.SCHEMA).at("/properties/yjCode/pattern").asText());
    }
}
