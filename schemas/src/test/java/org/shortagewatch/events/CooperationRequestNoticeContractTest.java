package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The cooperation-request notice's record and its JSON Schema describe the same event. */
class CooperationRequestNoticeContractTest extends EventContractTest<CooperationRequestNotice> {

    private static final UUID ID = UUID.fromString("5f0c1b2a-3d4e-4f60-8a7b-9c0d1e2f3a4b");

    CooperationRequestNoticeContractTest() {
        super(CooperationRequestNotice.class, CooperationRequestNotice.SCHEMA);
    }

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

    @Override
    Stream<CooperationRequestNotice> everyShape() {
        return Stream.of(notice(CooperationRequestNotice.Status.PUBLISHED, List.of()),
                notice(CooperationRequestNotice.Status.PUBLISHED, List.of(UUID.randomUUID())),
                notice(CooperationRequestNotice.Status.WITHDRAWN, List.of()));
    }

    @Test
    void theTargetProductsComponentsAndTheStatusesAreTheSchemas() {
        JsonNode tree = ContractTests.tree(schemaResource);
        assertEquals(ContractTests.properties(tree.at("/properties/targetProducts/items")),
                ContractTests.components(CooperationRequestNotice.TargetProduct.class));
        assertEquals(ContractTests.values(tree.at("/properties/status/enum")),
                ContractTests.names(CooperationRequestNotice.Status.values()));
    }

    @Test
    void theSchemaRejectsWhatTheRecordCannotProduce() throws Exception {
        ObjectNode valid = (ObjectNode) ContractTests.JSON.readTree(
                EventJson.write(notice(CooperationRequestNotice.Status.PUBLISHED, List.of())));
        assertTrue(schema.validate(valid).isEmpty());
        assertFalse(schema.validate(valid.deepCopy().put("extra", 1)).isEmpty(), "unknown field");
        assertFalse(schema.validate(valid.deepCopy().put("revision", 0)).isEmpty(), "revision from 1");
        assertFalse(schema.validate(valid.deepCopy().put("status", "DRAFT")).isEmpty(), "drafts are never events");
        ObjectNode noRequests = valid.deepCopy();
        noRequests.putArray("requests");
        assertFalse(schema.validate(noRequests).isEmpty(), "at least one request under 記");
        ObjectNode badProduct = valid.deepCopy();
        ((ObjectNode) badProduct.get("targetProducts").get(0)).put("yjCode", "2229001");
        assertFalse(schema.validate(badProduct).isEmpty(), "YJ code");
        ContractTests.assertRequired(schema, valid, "noticeId", "issuedOn", "issuedOnJapanese", "addressees", "issuer",
                "title", "background", "requests", "targetProducts", "consultationDesk", "followsUp", "publishedAt");
    }

    @Test
    void theAsyncApiDocumentNamesTheTopicTypeAndSchema() {
        ContractTests.assertAsyncApi("notices", CooperationRequestNotice.TOPIC, "CooperationRequestNotice",
                "CooperationRequestNoticeHeaders", CooperationRequestNotice.TYPE, "cooperation-request-notice.v1.json");
        assertEquals(YjCodes.PATTERN, ContractTests.tree(schemaResource)
                .at("/properties/targetProducts/items/properties/yjCode/pattern").asText());
    }
}
