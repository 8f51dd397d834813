package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusConfirmationDue;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TopicReader;
import org.shortagewatch.report.domain.ReportingDay;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The scorecard's count of stale products, and the daily reminder to makers with stale products: one event per
 * maker and day on the topic status-confirmations, naming its supply-system manager when it has one. On a real
 * PostgreSQL and Kafka broker.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class ConfirmationReminderTest {

    static final String NAMED = "FRESH-MFR3";
    static final String UNNAMED = "FRESH-MFR4";

    @Test
    void aMakerWithStaleProductsIsRemindedOnceADayNamingItsManagerAndTheScorecardCountsThem() throws Exception {
        StatusFreshnessTest.as(Roles.MANUFACTURER, NAMED).contentType(ContentType.JSON)
                .body(SupplyManagerTest.manager("供給 太郎", "2026-04-01"))
                .put(SupplyManagerTest.PATH, NAMED).then().statusCode(201);
        String first = StatusFreshnessTest.stopped(NAMED, 45);
        String second = StatusFreshnessTest.stopped(NAMED, 31);
        String fresh = StatusFreshnessTest.stopped(NAMED, 3);
        String unnamed = StatusFreshnessTest.stopped(UNNAMED, 60);

        given().get("/api/v1/scorecard").then().statusCode(200)
                .body("manufacturers.find { it.manufacturerCode == '" + NAMED + "' }.staleProducts", equalTo(2))
                .body("method", containsString("staleProducts"));
        String csv = new String(given().get("/api/v1/scorecard?format=csv").then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",staleProducts"), csv);
        assertTrue(csv.lines().anyMatch(line -> line.startsWith(NAMED + ",") && line.endsWith(",2")), csv);

        given().header("Authorization", org.shortagewatch.infra.TestTokens.bearer(Roles.ADMIN, "ops"))
                .post("/api/v1/freshness/sweep").then().statusCode(200)
                .body("day", equalTo(ReportingDay.today().toString()))
                .body("makersReminded", greaterThanOrEqualTo(2)).body("staleProducts", greaterThanOrEqualTo(3));
        StatusConfirmationDue named = EventJson.read(outboxPayload(NAMED), StatusConfirmationDue.class);
        assertEquals(List.of(first, second), named.products().stream().map(StatusConfirmationDue.StaleProduct::yjCode)
                .toList(), "the stale ones, not " + fresh);
        assertEquals(ShipmentResponse.STOPPED, named.products().get(0).shipmentResponse());
        assertEquals("供給 太郎", named.supplyManagerName());
        assertEquals("manager@example.co.jp", named.supplyManagerEmail());
        assertEquals(ReportingDay.today(), named.remindedOn());
        StatusConfirmationDue withoutManager = EventJson.read(outboxPayload(UNNAMED), StatusConfirmationDue.class);
        assertEquals(List.of(unnamed), withoutManager.products().stream()
                .map(StatusConfirmationDue.StaleProduct::yjCode).toList());
        assertNull(withoutManager.supplyManagerName());

        // Once a day: a second sweep the same day reminds nobody again.
        given().header("Authorization", org.shortagewatch.infra.TestTokens.bearer(Roles.ADMIN, "ops"))
                .post("/api/v1/freshness/sweep").then().statusCode(200).body("makersReminded", equalTo(0));
        assertEquals(1, TestDatabase.count("select count(*) from outbox where topic = ? and record_key = ?",
                StatusConfirmationDue.TOPIC, NAMED));
        assertEquals(1, TestDatabase.count("select count(*) from confirmation_reminder where manufacturer_code = ?"
                + " and reminded_on = ?::date", NAMED, ReportingDay.today().toString()));

        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, StatusConfirmationDue.TOPIC,
                Duration.ofSeconds(20), read -> read.stream().filter(r -> NAMED.equals(r.key())).count() > 1)
                .stream().filter(r -> NAMED.equals(r.key())).toList();
        assertEquals(1, records.size(), "published once");
        assertEquals(StatusConfirmationDue.TYPE, TestReports.header(records.get(0), "ce_type"));
        assertEquals(NAMED, TestReports.header(records.get(0), "ce_subject"));
        assertEquals(named, EventJson.read(records.get(0).value(), StatusConfirmationDue.class));
    }

    @Test
    void onlyAnAdminRunsTheSweep() {
        StatusFreshnessTest.as(Roles.MANUFACTURER, NAMED).post("/api/v1/freshness/sweep").then().statusCode(403);
        StatusFreshnessTest.as(Roles.REGULATOR, "MHLW").post("/api/v1/freshness/sweep").then().statusCode(403);
        given().post("/api/v1/freshness/sweep").then().statusCode(401);
    }

    private static String outboxPayload(String maker) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(
                "select payload from outbox where topic = ? and record_key = ? order by id")) {
            s.setString(1, StatusConfirmationDue.TOPIC);
            s.setString(2, maker);
            try (ResultSet rows = s.executeQuery()) {
                assertTrue(rows.next(), "a reminder for " + maker);
                String payload = rows.getString(1);
                assertFalse(rows.next(), "one reminder for " + maker);
                return payload;
            }
        }
    }
}
