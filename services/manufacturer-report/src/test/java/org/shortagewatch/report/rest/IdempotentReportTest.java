package org.shortagewatch.report.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.idempotency.IdempotentRequests;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.events.YjCodes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A single report retried with the same Idempotency-Key gets the same answer and changes nothing more. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class IdempotentReportTest {

    @Inject
    ObjectMapper json;

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

    /**
     * A report made on a day whose outlook was that day, retried after midnight (its answer was lost): the retry gets
     * the change recorded first, though the same report made new would now be refused as dated in the past. The key
     * is remembered as the first attempt left it, for the report dated yesterday.
     */
    @Test
    void aRetryAfterItsDatesHavePassedGetsTheChangeRecordedFirst() throws Exception {
        String yj = TestReports.freshYj();
        long id = TestReports.asManufacturer().contentType(ContentType.JSON).body(body(yj, "STOPPED"))
                .when().post("/api/v1/status-changes").then().statusCode(201).extract().jsonPath().getLong("id");
        String yesterday = org.shortagewatch.report.domain.ReportingDay.today().minusDays(1).toString();
        String sent = body(yj, "STOPPED").replace("}", ",\"resolutionOutlook\":\"YES\",\"expectedResolutionDate\":\""
                + yesterday + "\"}");
        String key = UUID.randomUUID().toString();
        try (Connection c = TestDatabase.connect(); PreparedStatement remember = c.prepareStatement(
                "insert into idempotency_key (scope, key, request_hash, resource_id) values (?, ?, ?, ?)")) {
            remember.setString(1, TestReports.MANUFACTURER + " status-change.report");
            remember.setString(2, key);
            remember.setString(3, IdempotentRequests.hash(json.writeValueAsBytes(json.readValue(sent,
                    StatusChangeRequest.class))));
            remember.setString(4, Long.toString(id));
            remember.executeUpdate();
        }
        TestReports.asManufacturer().header("Idempotency-Key", key).contentType(ContentType.JSON).body(sent)
                .when().post("/api/v1/status-changes")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) id));
        // the same report new is refused, naming the date
        TestReports.asManufacturer().contentType(ContentType.JSON).body(sent)
                .when().post("/api/v1/status-changes")
                .then().statusCode(400).body("errors.field", hasItem("expectedResolutionDate"));
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
