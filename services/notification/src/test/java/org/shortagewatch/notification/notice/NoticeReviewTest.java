package org.shortagewatch.notification.notice;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The review of a notice: a reviewer sends it back (from review, or even once approved), the drafter edits the draft
 * and submits it again; a notice under review cannot be edited.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class NoticeReviewTest {

    static final String EDITED_TITLE = "鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼（改）";

    static RequestSpecification drafter() {
        return NoticeTest.as(Roles.REGULATOR, "MHLW");
    }

    /** A reviewer whose sign-in names her, as Keycloak's tokens do; the drafter's token names nobody. */
    static RequestSpecification reviewer() {
        return RestAssured.given().header("Authorization", "Bearer " + TestTokens.issuer().mintWith(
                java.util.Map.of("family_name", "山本", "given_name", "誠", "name", "誠 山本"), "reviewer@MHLW", "MHLW",
                Duration.ofHours(1), Roles.REGULATOR));
    }

    @Test
    void aNoticeSentBackIsEditedAndSubmittedAgain() throws Exception {
        String body = NoticeTest.body("2249001F1013", null);
        String id = drafter().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
        drafter().when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200);
        String edited = body.replace("鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼", EDITED_TITLE);
        drafter().contentType(ContentType.JSON).body(edited)
                .when().put("/api/v1/notices/{id}", id).then().statusCode(409);

        reviewer().when().post("/api/v1/notices/{id}/send-back", id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("reviewedBy", nullValue());
        drafter().contentType(ContentType.JSON).body(edited)
                .when().put("/api/v1/notices/{id}", id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("title", equalTo(EDITED_TITLE));
        drafter().when().get("/api/v1/notices/{id}", id).then().statusCode(200).body("title", equalTo(EDITED_TITLE));

        drafter().when().post("/api/v1/notices/{id}/review-request", id).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
        reviewer().when().post("/api/v1/notices/{id}/approval", id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("reviewedBy", equalTo("reviewer@MHLW"))
                .body("reviewedByName", equalTo("山本 誠")).body("draftedByName", nullValue());
        reviewer().when().post("/api/v1/notices/{id}/send-back", id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("reviewedBy", nullValue())
                .body("reviewedByName", nullValue());
        drafter().when().post("/api/v1/notices/{id}/publication", id).then().statusCode(409);

        assertEquals(2, TestDatabase.count(
                "select count(*) from audit_log where action = 'notice.send-back' and target = ?", id));
        assertEquals(1, TestDatabase.count(
                "select count(*) from audit_log where action = 'notice.edit' and target = ?", id));
    }
}
