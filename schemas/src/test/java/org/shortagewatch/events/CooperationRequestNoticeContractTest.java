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

/** The cooperation-request notice's record and its JSON Schema describe the same event. */
class CooperationRequestNoticeContractTest {

    private static final JsonSchema SCHEMA = ContractTests.load(CooperationRequestNotice.SCHEMA);
    private static final UUID ID = UUID.fromString("5f0c1b2a-3d4e-4f60-8a7b-9c0d1e2f3a4b");

    static CooperationRequestNotice notice(CooperationRequestNotice.Status status, List<UUID> followsUp) {
        boolean withdrawn = status == CooperationRequestNotice.Status.WITHDRAWN;
        return new CooperationRequestNotice(ID, withdrawn ? 2 : 1, status, LocalDate.of(2023, 9, 29), "令和5年9月29日",
                List.of("各都道府県衛生主管部（局）御中"), "厚生労働省医政局医薬産業振興・医療情報企画課",
                "鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼", "需要が増加しています。",
                List.of("長期処方を控えること。", "必要最小限の日数とすること。"),
                List.of(new CooperationRequestNotice.TargetProduct("2229001F1010", "メジコン錠15mg"),
                        new CooperationRequestNotice.TargetProduct("2233002F1014", null)),
                "医薬産業振興・医療情報企画課 03-5253-1111", followsUp, Instant.parse("2023-09-29T01:00:00Z"),
                withdrawn ? Instant.parse("2023-12-01T01:00:00Z") : null, withdrawn ? "供給が回復したため" : null);
    }

    static Stream<CooperationRequestNotice> everyShapeOfTheEvent() {
        return Stream.of(notice(CooperationRequestNotice.Status.PUBLISHED, List.of()),
                notice(CooperationRequestNotice.Status.PUBLISHED, List.of(UUID.randomUUID())),
                notice(CooperationRequestNotice.Status.WITHDRAWN, List.of()));
    }

    @ParameterizedTest
    @MethodSource("everyShapeOfTheEvent")
    void everyRecordValidatesAgainstItsSchema(CooperationRequestNotice event) throws Exception {
        JsonNode body = ContractTests.JSON.readTree(EventJson.write(event));
        Set<ValidationMessage> errors = SCHEMA.validate(body);
        assertTrue(errors.isEmpty(), () -> body + " violates the schema: " + errors);
        assertEquals(event, EventJson.read(body.toString(), CooperationRequestNotice.class), "round trip");
    }

    @Test
    void recordComponentsAndSchemaPropertiesAreTheSame() {
        JsonNode schema = ContractTests.tree(CooperationRequestNotice.SCHEMA);
        assertEquals(ContractTests.properties(schema), ContractTests.components(CooperationRequestNotice.class));
        assertEquals(ContractTests.properties(schema.at("/properties/targetProducts/items")),
                ContractTests.components(CooperationRequestNotice.TargetProduct.class));
        assertEquals(ContractTests.values(schema.at("/properties/status/enum")),
                ContractTests.names(CooperationRequestNotice.Status.values()));
    }

    @Test
    void theSchemaRejectsWhatTheRecordCannotProduce() throws Exception {
        ObjectNode valid = (ObjectNode) ContractTests.JSON.readTree(
                EventJson.write(notice(CooperationRequestNotice.Status.PUBLISHED, List.of())));
        assertTrue(SCHEMA.validate(valid).isEmpty());
        assertFalse(SCHEMA.validate(valid.deepCopy().put("extra", 1)).isEmpty(), "unknown field");
        assertFalse(SCHEMA.validate(valid.deepCopy().put("revision", 0)).isEmpty(), "revision from 1");
        assertFalse(SCHEMA.validate(valid.deepCopy().put("status", "DRAFT")).isEmpty(), "drafts are never events");
        ObjectNode noRequests = valid.deepCopy();
        noRequests.putArray("requests");
        assertFalse(SCHEMA.validate(noRequests).isEmpty(), "at least one request under 記");
        ObjectNode badProduct = valid.deepCopy();
        ((ObjectNode) badProduct.get("targetProducts").get(0)).put("yjCode", "2229001");
        assertFalse(SCHEMA.validate(badProduct).isEmpty(), "YJ code");
        for (String required : List.of("noticeId", "issuedOn", "issuedOnJapanese", "addressees", "issuer", "title",
                "background", "requests", "targetProducts", "consultationDesk", "followsUp", "publishedAt")) {
            ObjectNode missing = valid.deepCopy();
            missing.remove(required);
            assertFalse(SCHEMA.validate(missing).isEmpty(), "missing " + required);
        }
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTypeAndSchema() {
        JsonNode doc = ContractTests.asyncApi();
        assertEquals(CooperationRequestNotice.TOPIC, doc.at("/channels/notices/address").asText());
        assertEquals(CooperationRequestNotice.TYPE,
                doc.at("/components/schemas/CooperationRequestNoticeHeaders/properties/ce_type/const").asText());
        assertEquals("./json/cooperation-request-notice.v1.json",
                doc.at("/components/messages/CooperationRequestNotice/payload/schema/$ref").asText());
        assertEquals(YjCodes.PATTERN, ContractTests.tree(CooperationRequestNotice.SCHEMA)
                .at("/properties/targetProducts/items/properties/yjCode/pattern").asText());
    }
}
