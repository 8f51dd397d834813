package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.events.ContractTests.names;
import static org.shortagewatch.events.ContractTests.values;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The maldistribution finding's record and its JSON Schema describe the same event. */
class MaldistributionFindingContractTest extends EventContractTest<MaldistributionFinding> {

    private static final Instant DETECTED = Instant.parse("2026-12-01T03:04:05.123456Z");

    MaldistributionFindingContractTest() {
        super(MaldistributionFinding.class, MaldistributionFinding.SCHEMA);
    }

    static MaldistributionFinding finding(MaldistributionRule rule, FindingStatus status) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("baselineUnits", 100);
        evidence.put("orderedUnits", 180);
        evidence.put("ratio", 1.8);
        evidence.put("threshold", 1.1);
        evidence.put("daysOfSupplyByPrefecture", Map.of("13", 65.5, "47", 4.0));
        evidence.put("note", "前年同期比");
        return new MaldistributionFinding(UUID.fromString("6f1c2b9e-3d4a-4c55-9e61-0a1b2c3d4e5f"),
                status == FindingStatus.OPEN ? 1 : 3, rule, status, "2456001", "2456001F1310", "13",
                List.of("1341234566"), List.of("WHS001", "WHS002"), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), "発注が基準の180%です", "Orders are 180% of the baseline", evidence,
                DETECTED, status == FindingStatus.RESOLVED ? DETECTED.plusSeconds(86_400) : null);
    }

    @Override
    Stream<MaldistributionFinding> everyShape() {
        Stream<MaldistributionFinding> each = Arrays.stream(MaldistributionRule.values())
                .flatMap(rule -> Arrays.stream(FindingStatus.values()).map(status -> finding(rule, status)));
        MaldistributionFinding least = new MaldistributionFinding(UUID.randomUUID(), 1,
                MaldistributionRule.REGIONAL_IMBALANCE, FindingStatus.OPEN, "6132016", null, null, List.of(), List.of(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), "地域偏在", "Regional imbalance", Map.of(),
                DETECTED, null);
        MaldistributionFinding named = finding(MaldistributionRule.DUPLICATE_ORDERING, FindingStatus.OPEN)
                .namingWholesalers(Map.of("WHS001", "架空薬品販売株式会社"));
        return Stream.concat(each, Stream.of(least, named));
    }

    @Test
    void theWholesalersNamesAreTheirsByCodeAndAbsentWhenNoneIsNamed() throws Exception {
        MaldistributionFinding unnamed = finding(MaldistributionRule.DUPLICATE_ORDERING, FindingStatus.OPEN);
        ObjectNode written = (ObjectNode) ContractTests.JSON.readTree(EventJson.write(unnamed));
        assertFalse(written.has("wholesalerNames"), "absent when the registry names none of them");
        assertEquals(unnamed, EventJson.read(written.toString(), MaldistributionFinding.class));
        assertEquals(null, unnamed.namingWholesalers(Map.of("WHS999", "他社")).wholesalerNames(),
                "a name of a wholesaler the finding does not concern is not carried");

        MaldistributionFinding named = unnamed.namingWholesalers(Map.of("WHS002", "二番目の卸", "WHS001",
                "架空薬品販売株式会社", "WHS999", "他社"));
        assertEquals(List.of("WHS001", "WHS002"), List.copyOf(named.wholesalerNames().keySet()),
                "in the order of the codes");
        assertEquals("架空薬品販売株式会社", named.wholesalerName("WHS001"));
        assertEquals(null, unnamed.wholesalerName("WHS001"));
        ObjectNode body = (ObjectNode) ContractTests.JSON.readTree(EventJson.write(named));
        assertTrue(schema.validate(body).isEmpty());
        ObjectNode emptyName = body.deepCopy();
        ((ObjectNode) emptyName.get("wholesalerNames")).put("WHS001", "");
        assertFalse(schema.validate(emptyName).isEmpty(), "empty name");
        ObjectNode notText = body.deepCopy();
        ((ObjectNode) notText.get("wholesalerNames")).put("WHS001", 1);
        assertFalse(schema.validate(notText).isEmpty(), "a name is text");
        ObjectNode none = body.deepCopy();
        none.putObject("wholesalerNames");
        assertFalse(schema.validate(none).isEmpty(), "absent, never empty");
        assertEquals(unnamed, new MaldistributionFinding(unnamed.findingId(), unnamed.revision(), unnamed.rule(),
                unnamed.status(), unnamed.ingredientKey(), unnamed.yjCode(), unnamed.prefectureCode(),
                unnamed.facilityCodes(), unnamed.wholesalerCodes(), Map.of(), unnamed.periodStart(),
                unnamed.periodEnd(), unnamed.summaryJa(), unnamed.summaryEn(), unnamed.evidence(),
                unnamed.detectedAt(), unnamed.resolvedAt()), "no names is no map");
    }

    @Test
    void nullListsAreWrittenAsEmptyArrays() throws Exception {
        MaldistributionFinding f = new MaldistributionFinding(UUID.randomUUID(), 1, MaldistributionRule.ORDER_SURGE,
                FindingStatus.OPEN, "2456001", null, null, null, null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), "急増", "Surge", null, DETECTED, null);
        JsonNode body = ContractTests.JSON.readTree(EventJson.write(f));
        assertTrue(schema.validate(body).isEmpty());
        assertTrue(body.get("facilityCodes").isArray());
        assertTrue(body.get("wholesalerCodes").isArray());
    }

    @Test
    void enumsAndSchemaEnumsAreTheSame() {
        JsonNode props = ContractTests.tree(schemaResource).get("properties");
        assertEquals(names(MaldistributionRule.values()), values(props.get("rule").get("enum")));
        assertEquals(names(FindingStatus.values()), values(props.get("status").get("enum")));
    }

    @Test
    void theSchemaRejectsWhatTheRecordCannotProduce() throws Exception {
        ObjectNode valid = (ObjectNode) ContractTests.JSON.readTree(
                EventJson.write(finding(MaldistributionRule.ORDER_SURGE, FindingStatus.OPEN)));
        assertTrue(schema.validate(valid).isEmpty());
        assertFalse(schema.validate(valid.deepCopy().put("extra", 1)).isEmpty(), "unknown field");
        assertFalse(schema.validate(valid.deepCopy().put("ingredientKey", "245600")).isEmpty(), "short ingredient");
        assertFalse(schema.validate(valid.deepCopy().put("prefectureCode", "48")).isEmpty(), "no prefecture 48");
        assertFalse(schema.validate(valid.deepCopy().put("prefectureCode", "00")).isEmpty(), "no prefecture 00");
        assertFalse(schema.validate(valid.deepCopy().put("rule", "SURGE")).isEmpty(), "unknown rule");
        assertFalse(schema.validate(valid.deepCopy().put("revision", 0)).isEmpty(), "revision from 1");
        assertFalse(schema.validate(valid.deepCopy().put("findingId", "not-a-uuid")).isEmpty(), "uuid");
        ObjectNode badFacility = valid.deepCopy();
        badFacility.putArray("facilityCodes").add("134123456");
        assertFalse(schema.validate(badFacility).isEmpty(), "9-digit facility code");
        ContractTests.assertRequired(schema, valid, "findingId", "revision", "rule", "status", "ingredientKey",
                "facilityCodes", "wholesalerCodes", "periodStart", "periodEnd", "summaryJa", "summaryEn", "evidence",
                "detectedAt");
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTypeAndSchema() {
        ContractTests.assertAsyncApi("maldistribution", MaldistributionFinding.TOPIC, "MaldistributionFinding",
                "MaldistributionFindingHeaders", MaldistributionFinding.TYPE, "maldistribution-finding.v1.json");
    }

    @Test
    void thePatternsAreTheSharedOnes() {
        JsonNode props = ContractTests.tree(schemaResource).get("properties");
        assertEquals(YjCodes.PATTERN, props.get("yjCode").get("pattern").asText());
        assertEquals("2456001", MaldistributionFinding.ingredientKeyOf("2456001F1310"));
    }
}
