package org.shortagewatch.notification.notice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What the regulator's pages need besides the workflow: a draft previewed as it will print without being saved, the
 * reviewer's comment on a draft sent back, the notices of one status, and who a published notice reached over time
 * and who has not acknowledged it.
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

    @Test
    void whoAPublishedNoticeReachedOverTimeAndWhoHasNotAcknowledged() {
        String pharmacy = MatchingTest.facility();
        NoticeTest.as(Roles.FACILITY, pharmacy).contentType(ContentType.JSON)
                .body("{\"kind\":\"PHARMACY\",\"name\":\"みなと薬局\"}")
                .when().put("/api/v1/facilities/{code}", pharmacy).then().statusCode(200);
        String wholesaler = "WHS-REACH-" + UUID.randomUUID().toString().substring(0, 8);
        String body = NoticeTest.body("2249001F1013", null).replace("[\"WHS001\"]",
                "[\"" + pharmacy + "\",\"" + wholesaler + "\"]");
        String id = drafter().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
        drafter().when().get("/api/v1/notices/{id}/statistics/timeline", id).then().statusCode(200)
                .body("points.size()", equalTo(0));
        drafter().when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200);
        reviewer().when().post("/api/v1/notices/{id}/approval", id).then().statusCode(200);
        drafter().when().post("/api/v1/notices/{id}/publication", id).then().statusCode(200);

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
}
