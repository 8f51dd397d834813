package org.shortagewatch.notification.notice;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What the regulator's pages need besides the workflow: a draft previewed as it will print without being saved, the
 * reviewer's comment on a draft sent back, the notices of one status, who a published notice reached over time
 * and who has not acknowledged it, and the addressed organisations by the names the service knows.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class NoticeDraftingTest {

    static RequestSpecification drafter() {
        return NoticeReviewTest.drafter();
    }

    static RequestSpecification reviewer() {
        return NoticeReviewTest.reviewer();
    }

    @Test
    void aDraftIsPreviewedAsItWillPrintAndNothingIsStored() throws Exception {
        long notices = TestDatabase.count("select count(*) from notice");
        drafter().contentType(ContentType.JSON).body("{\"title\":\"解熱鎮痛薬の在庫逼迫に伴う協力依頼\"}")
                .when().post("/api/v1/notices/rendering").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1 class=\"title\">解熱鎮痛薬の在庫逼迫に伴う協力依頼</h1>"),
                        containsString("（未発出）"), containsString("厚生労働省医政局医薬産業振興・医療情報企画課"));
        drafter().contentType(ContentType.JSON).body(NoticeTest.body("2249001F1013", null))
                .when().post("/api/v1/notices/rendering").then().statusCode(200)
                .body(containsString("<li>近隣の薬局と連携すること。</li>"), containsString("メジコン錠15mg（YJコード 2249001F1013）"));
        assertEquals(notices, TestDatabase.count("select count(*) from notice"));

        drafter().contentType(ContentType.JSON).body("{\"title\":\"" + "題".repeat(301) + "\"}")
                .when().post("/api/v1/notices/rendering").then().statusCode(400)
                .body("errors[0].field", containsString("title"));
        drafter().contentType(ContentType.JSON).body("{\"targetProducts\":[{\"yjCode\":\"2249\"}]}")
                .when().post("/api/v1/notices/rendering").then().statusCode(400)
                .body("errors[0].field", containsString("yjCode"));
        NoticeTest.as(Roles.FACILITY, "1341234563").contentType(ContentType.JSON).body("{\"title\":\"x\"}")
                .when().post("/api/v1/notices/rendering").then().statusCode(403);
    }

    @Test
    void theReviewersCommentIsShownOnTheDraftUntilApprovalAndDraftsAreListedToTheRegulatorOnly() {
        String id = drafter().contentType(ContentType.JSON).body(NoticeTest.body("2249001F1013", null))
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
        drafter().when().get("/api/v1/notices?status=DRAFT&limit=200").then().statusCode(200).body("id", hasItem(id));
        RestAssured.given().when().get("/api/v1/notices?status=DRAFT").then().statusCode(200).body("id", not(hasItem(id)));
        RestAssured.given().when().get("/api/v1/notices?status=draft").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));

        drafter().when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200);
        drafter().when().get("/api/v1/notices?status=IN_REVIEW&limit=200").then().body("id", hasItem(id));
        reviewer().contentType(ContentType.JSON).body("{\"comment\":\"対象医薬品に去痰薬を加えてください\"}")
                .when().post("/api/v1/notices/{id}/send-back", id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("reviewComment", equalTo("対象医薬品に去痰薬を加えてください"));
        drafter().when().get("/api/v1/notices/{id}", id).then()
                .body("reviewComment", equalTo("対象医薬品に去痰薬を加えてください"));
        reviewer().contentType(ContentType.JSON).body("{\"comment\":\"" + "長".repeat(2001) + "\"}")
                .when().post("/api/v1/notices/{id}/send-back", id).then().statusCode(400)
                .body("errors[0].field", containsString("comment"));

        drafter().when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200);
        reviewer().when().post("/api/v1/notices/{id}/approval", id).then().statusCode(200)
                .body("reviewComment", nullValue());
        drafter().when().get("/api/v1/notices?status=APPROVED&limit=200").then().body("id", hasItem(id));
    }

    /** A pharmacy registered under {@code name}; its code. */
    private static String pharmacy(String name) {
        String pharmacy = MatchingTest.facility();
        NoticeTest.as(Roles.FACILITY, pharmacy).contentType(ContentType.JSON)
                .body("{\"kind\":\"PHARMACY\",\"name\":\"" + name + "\"}")
                .when().put("/api/v1/facilities/{code}", pharmacy).then().statusCode(200);
        return pharmacy;
    }

    /** A draft about メジコン addressed to {@code organisations}; its id. */
    private static String draftTo(String... organisations) {
        String body = NoticeTest.body("2249001F1013", null).replace("[\"WHS001\"]",
                "[\"" + String.join("\",\"", organisations) + "\"]");
        return drafter().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
    }

    /** The draft sent for review, approved by the other regulator and published. */
    private static void publish(String id) {
        drafter().when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200);
        reviewer().when().post("/api/v1/notices/{id}/approval", id).then().statusCode(200);
        drafter().when().post("/api/v1/notices/{id}/publication", id).then().statusCode(200);
    }

    @Test
    void whoAPublishedNoticeReachedOverTimeAndWhoHasNotAcknowledged() {
        String pharmacy = pharmacy("みなと薬局");
        String wholesaler = "WHS-REACH-" + UUID.randomUUID().toString().substring(0, 8);
        String id = draftTo(pharmacy, wholesaler);
        drafter().when().get("/api/v1/notices/{id}/statistics/timeline", id).then().statusCode(200)
                .body("points.size()", equalTo(0));
        publish(id);

        drafter().when().get("/api/v1/notices/{id}/unacknowledged?size=1", id).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("items.size()", equalTo(1))
                .body("items[0].code", equalTo(pharmacy)).body("items[0].name", equalTo("みなと薬局"))
                .body("items[0].kind", equalTo("PHARMACY"));
        NoticeTest.as(Roles.WHOLESALER, wholesaler).when().post("/api/v1/notices/{id}/acknowledgement", id)
                .then().statusCode(204);
        drafter().when().get("/api/v1/notices/{id}/unacknowledged", id).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.code", not(hasItem(wholesaler)));
        drafter().when().get("/api/v1/notices/{id}/statistics/timeline", id).then().statusCode(200)
                .body("bucket", equalTo("HOUR")).body("recipients", equalTo(2))
                .body("points[-1].delivered", equalTo(2)).body("points[-1].acknowledged", equalTo(1));

        NoticeTest.as(Roles.FACILITY, pharmacy).when().get("/api/v1/notices/{id}/unacknowledged", id)
                .then().statusCode(403);
        NoticeTest.as(Roles.FACILITY, pharmacy).when().get("/api/v1/notices/{id}/statistics/timeline", id)
                .then().statusCode(403);
        drafter().when().get("/api/v1/notices/{id}/unacknowledged", UUID.randomUUID()).then().statusCode(404);

        // its follow-up (続報), a draft, is listed as following it to the regulator only
        String followUp = drafter().when().post("/api/v1/notices/{id}/follow-up", id).then().statusCode(201)
                .extract().path("id");
        drafter().when().get("/api/v1/notices?followsUp=" + id).then().statusCode(200)
                .body("id", equalTo(java.util.List.of(followUp)));
        RestAssured.given().when().get("/api/v1/notices?followsUp=" + id).then().statusCode(200)
                .body("id", not(hasItem(followUp)));
        drafter().when().get("/api/v1/notices/{id}/unacknowledged?size=201", id).then().statusCode(400);
    }

    @Test
    void theRegulatorReadsTheAddressedOrganisationsByTheNamesTheServiceKnows() throws Exception {
        String pharmacy = pharmacy("架空さくら薬局");
        String maker = "MFR-NAME-" + UUID.randomUUID().toString().substring(0, 8);
        UUID master = UUID.randomUUID();
        TestEvents.send(TestEvents.productChanged(master, new ProductChanged(1, new ProductDetails(
                MatchingTest.ingredient() + "F1022", "名称確認錠10mg", "名称確認成分", "10mg1錠", DrugCategory.INTERNAL,
                ProductCategory.GENERIC, false, null, maker, "架空製薬株式会社", null, null, null), Instant.now())));
        MatchingTest.processed(master);
        String id = draftTo(pharmacy, maker, "WHS001");

        // a wholesaler's name is known to no service: its code stands alone
        drafter().when().get("/api/v1/notices/{id}", id).then().statusCode(200)
                .body("addresseeOrganisations", contains(pharmacy, maker, "WHS001"))
                .body("addresseeOrganisationNames", equalTo(Map.of(pharmacy, "架空さくら薬局", maker, "架空製薬株式会社")));
        publish(id);
        drafter().when().get("/api/v1/notices/{id}/unacknowledged", id).then().statusCode(200)
                .body("items.code", contains(pharmacy, maker, "WHS001"))
                .body("items.name", contains("架空さくら薬局", "架空製薬株式会社", null));
        // the public reads the published notice without them
        RestAssured.given().when().get("/api/v1/notices/{id}", id).then().statusCode(200)
                .body("addresseeOrganisations", hasItem(maker)).body("addresseeOrganisationNames", nullValue());
    }
}
