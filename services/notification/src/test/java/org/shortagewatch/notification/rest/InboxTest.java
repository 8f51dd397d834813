package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A facility's inbox: an alert arrives unread, is marked read, then acknowledged (the regulator's acknowledgement
 * rates count it); another facility cannot mark it, and a message that does not exist is not found.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class InboxTest {

    static RequestSpecification as(String facility) {
        return given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility));
    }

    @Test
    void anAlertIsReadThenAcknowledgedByItsFacilityOnly() throws Exception {
        String ing = MatchingTest.ingredient();
        String facility = MatchingTest.subscribedFacility("INGREDIENT", ing, "[\"INBOX\"]", "INFO");
        UUID cause = UUID.randomUUID();
        MatchingTest.publish(cause, ing + "F1022", ShipmentResponse.STOPPED, 1, "MFR001");
        await().atMost(Duration.ofSeconds(20)).until(() -> as(facility).queryParam("unread", true)
                .when().get("/api/v1/inbox/{r}", facility).then().statusCode(200).extract().jsonPath()
                .getList("$").size() == 1);
        String id = as(facility).when().get("/api/v1/inbox/{r}", facility)
                .then().statusCode(200)
                .body("[0].causeId", equalTo(cause.toString()))
                .body("[0].readAt", nullValue())
                .body("[0].acknowledgedAt", nullValue())
                .extract().path("[0].id");

        as(MatchingTest.facility()).when().post("/api/v1/inbox/{r}/{id}/read", facility, id).then().statusCode(404);
        as(facility).when().post("/api/v1/inbox/{r}/{id}/read", facility, UUID.randomUUID()).then().statusCode(404);

        as(facility).when().post("/api/v1/inbox/{r}/{id}/read", facility, id).then().statusCode(204);
        as(facility).queryParam("unread", true).when().get("/api/v1/inbox/{r}", facility)
                .then().statusCode(200).body("$", hasSize(0));
        as(facility).when().get("/api/v1/inbox/{r}", facility)
                .then().body("[0].readAt", notNullValue()).body("[0].acknowledgedAt", nullValue());

        as(facility).when().post("/api/v1/inbox/{r}/{id}/acknowledgement", facility, id).then().statusCode(204);
        as(facility).when().get("/api/v1/inbox/{r}", facility)
                .then().body("[0].readAt", notNullValue()).body("[0].acknowledgedAt", notNullValue());
        assertEquals(1, TestDatabase.count("select count(*) from audit_log where action = 'inbox.read' and target = ?", id));
        assertEquals(1, TestDatabase.count(
                "select count(*) from audit_log where action = 'inbox.acknowledge' and target = ?", id));
    }
}
