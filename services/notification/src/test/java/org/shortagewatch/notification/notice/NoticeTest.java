package org.shortagewatch.notification.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.events.CooperationRequestNotice;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.infra.TopicReader;
import org.shortagewatch.notification.domain.JapaneseDates;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A notice from draft to withdrawal: review by a second person, publication to every facility that stocks a target
 * product (by any kind of subscription) and to the addressed organisations, the event on Kafka, acknowledgement,
 * the regulator's rates; publishing again notifies nobody twice; a follow-up links the notice it follows.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class NoticeTest {

    static RequestSpecification as(String role, String subject) {
        return given().header("Authorization", TestTokens.bearer(role, subject));
    }

    static String body(String yj, String followsUp) {
        return """
                {"addressees":["各都道府県衛生主管部（局）御中","公益社団法人日本薬剤師会 御中"],
                 "addresseeOrganisations":["WHS001"],
                 "title":"鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼",
                 "background":"鎮咳薬及び去痰薬については、感染症の流行により需要が増加し、出荷量は例年の約1.2倍となっているものの、限定出荷が続いています。",
                 "requests":["初診時からの長期処方を控えること。","必要最小限の日数の処方とすること。","近隣の薬局と連携すること。"],
                 "targetProducts":[{"yjCode":"%s","name":"メジコン錠15mg"}],
                 "consultationDesk":"厚生労働省医政局医薬産業振興・医療情報企画課 電話 03-5253-1111",
                 "followsUp":%s}""".formatted(yj, followsUp == null ? "[]" : "[\"" + followsUp + "\"]");
    }

    /** Drafts, submits, approves (as a second person) and publishes; returns the notice id. */
    static String publishNotice(String yj, String followsUp) {
        String id = as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body(body(yj, followsUp))
                .when().post("/api/v1/notices").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/publication", id).then().statusCode(409);
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/approval", id).then().statusCode(409);
        given().header("Authorization", "Bearer " + TestTokens.issuer().mint("reviewer@MHLW", "MHLW",
                Duration.ofHours(1), Roles.REGULATOR))
                .when().post("/api/v1/notices/{id}/approval", id).then().statusCode(200).body("status", equalTo("APPROVED"));
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/publication", id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("issuedOnJapanese", equalTo(JapaneseDates.era(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")))));
        return id;
    }

    /** A day outside the domain's range, or not a day, in the list's query is a 400 naming the parameter. */
    @Test
    void theNoticeListRefusesADayOutsideTheDomain() {
        for (String day : new String[] {"99999-01-01", "1900-01-01", "yesterday"}) {
            given().when().get("/api/v1/notices?beforeIssuedOn=" + day)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("beforeIssuedOn"));
        }
        given().when().get("/api/v1/notices?beforeIssuedOn=2026-12-01").then().statusCode(200);
    }

    @Test
    void aPublishedNoticeReachesStockistsAndAddresseesOnceAndIsAcknowledged() throws Exception {
        String ing = MatchingTest.ingredient();
        String yj = ing + "F1022";
        String byProduct = MatchingTest.subscribedFacility("YJ_CODE", yj, "[\"SSE\"]", "CRITICAL");
        String byIngredient = MatchingTest.subscribedFacility("INGREDIENT", ing, "[\"INBOX\"]", "INFO");
        String unrelated = MatchingTest.subscribedFacility("INGREDIENT", MatchingTest.ingredient(), "[\"INBOX\"]", "INFO");
        UUID known = UUID.randomUUID();
        MatchingTest.publish(known, yj, ShipmentResponse.LIMITED_OWN_REASONS, 1, "MFR001"); // the projection learns the product
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TestDatabase.count("select count(*) from product where yj_code = ?", yj) == 1);

        String id = publishNotice(yj, null);
        for (String r : List.of(byProduct, byIngredient, "WHS001")) {
            assertEquals(1, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and recipient = ? and channel = 'INBOX'", id, r), r);
        }
        assertEquals(0, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and recipient = ?", id, unrelated));

        // publishing again: the same answer, nobody notified twice, no second event
        long rows = TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid", id);
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/publication", id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        assertEquals(rows, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid", id));
        assertEquals(1, TestDatabase.count("select count(*) from outbox where record_key = ? and topic = 'notices'", id));

        // the event on Kafka
        String bootstrap = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, CooperationRequestNotice.TOPIC,
                Duration.ofSeconds(20), read -> read.stream().anyMatch(r -> id.equals(r.key()))).stream()
                .filter(r -> id.equals(r.key())).toList();
        assertEquals(1, records.size());
        CooperationRequestNotice event = EventJson.read(records.get(0).value(), CooperationRequestNotice.class);
        assertEquals(CooperationRequestNotice.Status.PUBLISHED, event.status());
        assertEquals(3, event.requests().size());
        assertEquals(CooperationRequestNotice.TYPE,
                new String(records.get(0).headers().lastHeader(CloudEvents.TYPE).value(), java.nio.charset.StandardCharsets.UTF_8));

        // the facility sees it in its inbox and acknowledges it; the regulator sees the rates
        as(Roles.FACILITY, byIngredient).when().get("/api/v1/inbox/{r}", byIngredient).then().statusCode(200)
                .body("[0].kind", equalTo("NOTICE")).body("[0].subject", containsString("鎮咳薬"));
        as(Roles.FACILITY, byIngredient).when().post("/api/v1/notices/{id}/acknowledgement", id).then().statusCode(204);
        as(Roles.FACILITY, unrelated).when().post("/api/v1/notices/{id}/acknowledgement", id).then().statusCode(404);
        as(Roles.REGULATOR, "MHLW").when().get("/api/v1/notices/{id}/statistics", id).then().statusCode(200)
                .body("recipients", equalTo(3)).body("delivered", equalTo(3)).body("acknowledged", equalTo(1))
                .body("acknowledgementRate", equalTo(1f / 3));
        as(Roles.FACILITY, byIngredient).when().get("/api/v1/notices/{id}/statistics", id).then().statusCode(403);

        // a follow-up cites it; withdrawal tells everyone it reached
        String followUp = as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/follow-up", id)
                .then().statusCode(201).body("followsUp[0]", equalTo(id)).extract().path("id");
        as(Roles.REGULATOR, "MHLW").when().get("/api/v1/notices/{id}/rendering?format=text", followUp).then().statusCode(200)
                .body(containsString("付け事務連絡「鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼」"));
        as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body("{\"reason\":\"供給が回復したため\"}")
                .when().post("/api/v1/notices/{id}/withdrawal", id).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertEquals(3, TestDatabase.count("select count(distinct d.recipient) from delivery d join alert a on a.cause_event_id = d.cause_event_id "
                + "where a.kind = 'NOTICE_WITHDRAWN' and a.payload like ?", "%" + id + "%"));
        as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/notices/{id}/withdrawal", id).then().statusCode(409);
    }

    @Test
    void aNationalNoticeReachesEveryFacilityOfTheTargetedKindsFromOneStatement() throws Exception {
        // a bulk registration: 40 pharmacies of prefecture 46, valid check digits (see bench/fanout)
        StringBuilder csv = new StringBuilder("code,kind,name,email\n");
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String nine = String.format("464%06d", 900000 + i);
            String code = nine + checkDigit(nine);
            codes.add(code);
            csv.append(code).append(",PHARMACY,テスト薬局 ").append(i).append(',').append(i == 0 ? "ph@example.jp" : "").append('\n');
        }
        as(Roles.ADMIN, "ops").contentType("text/csv").body(csv + "4641234564,HOSPITAL,病院,\n")
                .when().post("/api/v1/facilities/bulk").then().statusCode(400)
                .body("errors[0].field", equalTo("facilities[line 42]"));
        assertEquals(0, TestDatabase.count("select count(*) from facility where code = ?", codes.get(0)), "a bad row refuses the file");
        as(Roles.ADMIN, "ops").contentType("text/csv").body(csv.toString())
                .when().post("/api/v1/facilities/bulk").then().statusCode(200).body("registered", equalTo(40));

        String body = body("2249001F1013", null).replace("\"addresseeOrganisations\":[\"WHS001\"]",
                "\"addresseeOrganisations\":[],\"targetFacilityKinds\":[\"PHARMACY\"]");
        String id = as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200);
        as(Roles.ADMIN, "ops").when().post("/api/v1/notices/{id}/approval", id).then().statusCode(200);
        int pharmacies = (int) TestDatabase.count("select count(*) from facility where kind = 'PHARMACY'");
        as(Roles.REGULATOR, "MHLW").when().post("/api/v1/notices/{id}/publication", id).then().statusCode(200)
                .body("recipients", equalTo(pharmacies));
        for (String code : codes) {
            assertEquals(2, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and recipient = ? "
                    + "and channel in ('INBOX', 'SSE')", id, code), code);
        }
        assertEquals(1, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and channel = 'EMAIL' "
                + "and recipient = ?", id, codes.get(0)), "e-mail only where there is an address");
    }

    static int checkDigit(String nine) {
        int sum = 0;
        boolean doubled = true;
        for (int i = nine.length() - 1; i >= 0; i--) {
            int p = (nine.charAt(i) - '0') * (doubled ? 2 : 1);
            sum += p / 10 + p % 10;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    @Test
    void aDraftIsTheRegulatorsAndBadInputNamesTheField() {
        String id = as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body(body("2249001F1013", null))
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
        as(Roles.FACILITY, "1341234563").when().get("/api/v1/notices/{id}", id).then().statusCode(404);
        as(Roles.FACILITY, "1341234563").contentType(ContentType.JSON).body(body("2249001F1013", null))
                .when().post("/api/v1/notices").then().statusCode(403);
        as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body(body("2249001", null))
                .when().post("/api/v1/notices").then().statusCode(400).body("errors[0].field", containsString("yjCode"));
        as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body(body("2249001F1013", UUID.randomUUID().toString()))
                .when().post("/api/v1/notices").then().statusCode(400).body("errors[0].field", equalTo("followsUp"));
        as(Roles.REGULATOR, "MHLW").when().get("/api/v1/notices/{id}/rendering?format=pdf", id).then().statusCode(400);
        assertTrue(id.length() == 36);
    }

    @Test
    void aPublishedNoticeIsPublicAndADraftIsNot() {
        String published = publishNotice("2249001F1013", null);
        String draft = as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body(body("2249001F1013", null))
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");

        given().when().get("/api/v1/notices/{id}", published).then().statusCode(200)
                .body("title", equalTo("鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼"))
                .body("status", equalTo("PUBLISHED")).body("draftedBy", equalTo(null));
        as(Roles.REGULATOR, "MHLW").when().get("/api/v1/notices/{id}", published).then().statusCode(200)
                .body("draftedBy", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/v1/notices/{id}/rendering?format=print", published).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("協力依頼"));
        // opened from an e-mail's link: no script may run in it, and the browser takes the declared type
        given().when().get("/api/v1/notices/{id}/rendering?format=print", published).then()
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("script-src")))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/api/v1/notices/{id}", published).then().header("X-Content-Type-Options", equalTo("nosniff"));
        given().when().get("/api/v1/notices?limit=200").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(published))
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(draft)));

        given().when().get("/api/v1/notices/{id}", draft).then().statusCode(404);
        given().when().get("/api/v1/notices/{id}/rendering", draft).then().statusCode(404);
        as(Roles.REGULATOR, "MHLW").when().get("/api/v1/notices/{id}", draft).then().statusCode(200);
        given().when().get("/api/v1/notices?limit=201").then().statusCode(400);
    }
}
