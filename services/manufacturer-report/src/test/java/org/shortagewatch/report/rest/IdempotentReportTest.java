package org.shortagewatch.report.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.events.YjCodes;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A single report retried with the same Idempotency-Key gets the same answer and changes nothing more. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class IdempotentReportTest {

    static String body(String yj, String response) {
        return "{\"yjCode\":\"" + yj + "\",\"shipmentResponse\":\"" + response + "\","
                + ("NORMAL".equals(response) ? "" : "\"reason\":\"DEMAND_INCREASE\",")
                + "\"effectiveDate\":\"2026-11-01\"}";
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameChangeAndPublishesNothingMore() throws Exception {
        String yj = TestReports.freshYj();
        String key = UUID.randomUUID().toString();
        long id = TestReports.asManufacturer().header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body(yj, "STOPPED"))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestReports.asManufacturer().header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body(yj, "STOPPED"))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/status-changes/" + id)).body("id", equalTo((int) id))
                .body("revision", equalTo(1));
        assertEquals(1, TestReports.eventsFor(yj, 1).size(), "one event");
        assertEquals(1, org.shortagewatch.infra.TestDatabase.count(
                "select count(*) from status_change where yj_code = ?", yj));

        // The same key for a different request is refused and changes nothing.
        TestReports.asManufacturer().header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body(yj, "NORMAL"))
                .when().post("/api/v1/status-changes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(1, org.shortagewatch.infra.TestDatabase.count(
                "select count(*) from status_change where yj_code = ?", yj));
    }

    @Test
    void keysBelongToTheirOrganisation() throws Exception {
        String yj = TestReports.freshYj();
        String other = YjCodes.withCheckCharacter(String.format("2457%03dF131", 500 + (int) (System.nanoTime() % 400)));
        TestReports.register(other, "MFR777");
        String key = UUID.randomUUID().toString();
        TestReports.asManufacturer().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body(yj, "STOPPED")).when().post("/api/v1/status-changes").then().statusCode(201);
        io.restassured.RestAssured.given()
                .header("Authorization", org.shortagewatch.infra.TestTokens.bearer("manufacturer", "MFR777"))
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body(other, "STOPPED"))
                .when().post("/api/v1/status-changes").then().statusCode(201).header("Idempotent-Replayed",
                        org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aMalformedKeyIsRefused() {
        TestReports.asManufacturer().header("Idempotency-Key", "x".repeat(300))
                .contentType(ContentType.JSON).body(body("2456001F1310", "NORMAL"))
                .when().post("/api/v1/status-changes")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }
}
