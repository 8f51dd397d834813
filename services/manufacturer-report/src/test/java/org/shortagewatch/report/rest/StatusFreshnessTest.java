package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.events.YjCodes;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * When each product's status was last confirmed, the flag on limited or stopped products left unconfirmed too long,
 * and the makers' confirmations of "no change", single, as a list, and by a re-upload of unchanged rows. On a real
 * PostgreSQL and Kafka broker.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class StatusFreshnessTest {

    static final String ORG = "FRESH-MFR1";
    static final String OTHER = "FRESH-MFR2";
    private static final AtomicInteger NEXT = new AtomicInteger();

    static String code() {
        return YjCodes.withCheckCharacter(String.format("86%05dF101", NEXT.incrementAndGet()));
    }

    static RequestSpecification as(String role, String org) {
        return SupplyRiskReportTest.as(role, org);
    }

    /** A product of {@code org}'s, stopped since 40 days ago by a report made {@code daysAgo} days ago. */
    static String stopped(String org, int daysAgo) throws Exception {
        String yj = code();
        TestReports.register(yj, org);
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body("""
                {"yjCode":"%s","shipmentResponse":"STOPPED","reason":"MANUFACTURING_TROUBLE","effectiveDate":"%s"}"""
                .formatted(yj, ReportingDay.today().minusDays(40)))
                .post("/api/v1/status-changes").then().statusCode(201);
        TestDatabase.execute("update status_change set reported_at = reported_at - interval '" + daysAgo
                + " days' where yj_code = '" + yj + "'");
        return yj;
    }

    static long confirmations(String yj) throws Exception {
        return TestDatabase.count("select count(*) from status_confirmation where yj_code = ?", yj);
    }

    @Test
    void aStoppedProductUnconfirmedForMoreThan30DaysIsStaleEverywhereUntilItsMakerConfirmsIt() throws Exception {
        String stale = stopped(ORG, 31);
        String fresh = stopped(ORG, 29);
        given().get("/api/v1/products/{yj}", fresh).then().statusCode(200).body("stale", equalTo(false));
        String reportedAt = given().get("/api/v1/products/{yj}/status", stale).then().extract()
                .path("current.reportedAt");
        given().get("/api/v1/products/{yj}", stale).then().statusCode(200).body("stale", equalTo(true))
                .body("lastConfirmedAt", equalTo(reportedAt));
        given().queryParam("q", stale).get("/api/v1/products").then().statusCode(200)
                .body("items[0].yjCode", equalTo(stale)).body("items[0].stale", equalTo(true))
                .body("items[0].lastConfirmedAt", equalTo(reportedAt));
        given().get("/api/v1/national-list").then().statusCode(200)
                .body("products.find { it.yjCode == '" + stale + "' }.stale", equalTo(true))
                .body("products.find { it.yjCode == '" + fresh + "' }.stale", equalTo(false));
        String csv = new String(given().get("/api/v1/national-list?format=csv").then().statusCode(200).extract()
                .asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith("原因品目YJコード,最終確認日,確認期限超過"));
        assertTrue(csv.lines().anyMatch(line -> line.contains(stale) && line.endsWith(","
                + LocalDate.ofInstant(Instant.parse(reportedAt), ReportingDay.JAPAN) + ",○")), csv);
        long changes = TestDatabase.count("select count(*) from status_change where yj_code = ?", stale);
        long outbox = TestDatabase.count("select count(*) from outbox");
        long audited = TestDatabase.count("select count(*) from audit_log where action = 'status.confirm'"
                + " and target = ?", stale);

        as(Roles.MANUFACTURER, ORG).post("/api/v1/products/{yj}/confirmation", stale).then().statusCode(204);

        Instant confirmedAt = Instant.parse(given().get("/api/v1/products/{yj}", stale).then().statusCode(200)
                .body("stale", equalTo(false)).extract().path("lastConfirmedAt"));
        assertTrue(confirmedAt.isAfter(Instant.parse(reportedAt).plusSeconds(30 * 86_400)), confirmedAt::toString);
        assertEquals(changes, TestDatabase.count("select count(*) from status_change where yj_code = ?", stale),
                "no revision");
        assertEquals(outbox, TestDatabase.count("select count(*) from outbox"), "no event");
        assertEquals(audited + 1, TestDatabase.count("select count(*) from audit_log where action = 'status.confirm'"
                + " and target = ?", stale));
        // Yesterday's list knew nothing of today's confirmation.
        given().get("/api/v1/products/{yj}?asOf={day}", stale, ReportingDay.today().minusDays(1).toString()).then()
                .statusCode(200).body("stale", equalTo(true));
        as(Roles.ADMIN, "ops").post("/api/v1/products/{yj}/confirmation", fresh).then().statusCode(204);
        assertEquals(1, confirmations(fresh));
    }

    @Test
    void anotherMakersProductIsRefusedAndAnUnknownCodeIsToldAsUnknown() throws Exception {
        String foreign = stopped(OTHER, 31);
        as(Roles.MANUFACTURER, ORG).post("/api/v1/products/{yj}/confirmation", foreign).then().statusCode(403)
                .contentType("application/problem+json").header("Content-Language", "ja")
                .body("detail", equalTo(foreign + " は貴社の品目ではありません"));
        as(Roles.MANUFACTURER, ORG).post("/api/v1/products/{yj}/confirmation", "8699999F1017").then()
                .statusCode(404).body("detail", equalTo("品目 8699999F1017 は登録されていません（YJ コードを確かめてください）"));
        as(Roles.FACILITY, "1341234563").post("/api/v1/products/{yj}/confirmation", foreign).then().statusCode(403);
        given().post("/api/v1/products/{yj}/confirmation", foreign).then().statusCode(401);
        as(Roles.MANUFACTURER, ORG).post("/api/v1/products/{yj}/confirmation", "not-a-code").then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, confirmations(foreign));
    }

    @Test
    void aListIsConfirmedWholeOrNotAtAllNamingTheFirstProductThatIsNotTheCallers() throws Exception {
        String first = stopped(ORG, 31);
        String second = stopped(ORG, 31);
        String foreign = stopped(OTHER, 31);
        as(Roles.MANUFACTURER, ORG).contentType(ContentType.JSON)
                .body("{\"yjCodes\":[\"%s\",\"%s\",\"%s\"]}".formatted(first, foreign, second))
                .post("/api/v1/products/confirmations").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "ja")
                .body("errors[0].field", equalTo("yjCodes[1]"))
                .body("detail", containsString(foreign + " は貴社の品目ではありません"));
        assertEquals(0, confirmations(first) + confirmations(second) + confirmations(foreign), "nothing confirmed");
        as(Roles.MANUFACTURER, ORG).contentType(ContentType.JSON).body("{\"yjCodes\":[]}")
                .post("/api/v1/products/confirmations").then().statusCode(400)
                .body("errors[0].field", startsWith("yjCodes"));
        as(Roles.MANUFACTURER, ORG).contentType(ContentType.JSON).body("{\"yjCodes\":[\"abc\"]}")
                .post("/api/v1/products/confirmations").then().statusCode(400)
                .body("errors[0].field", startsWith("yjCodes"));

        as(Roles.MANUFACTURER, ORG).contentType(ContentType.JSON)
                .body("{\"yjCodes\":[\"%s\",\"%s\",\"%s\"]}".formatted(first, second, first))
                .post("/api/v1/products/confirmations").then().statusCode(204);
        assertEquals(List.of(1L, 1L), List.of(confirmations(first), confirmations(second)));
        for (String yj : List.of(first, second)) {
            given().get("/api/v1/products/{yj}", yj).then().body("stale", equalTo(false));
        }
        given().get("/api/v1/products/{yj}", foreign).then().body("stale", equalTo(true));
    }

    @Test
    void aReuploadOfUnchangedRowsConfirmsTheirProducts() throws Exception {
        String yj = stopped(ORG, 31);
        String file = TestUploads.STATUS_HEADER + yj + ",供給停止," + ReportingDay.today().minusDays(40)
                + ",3．製造トラブル,,,\n";
        String id = BulkReuploadTest.uploaded(ORG, "/api/v1/status-changes/bulk", TestUploads.CSV,
                TestUploads.utf8(file)).body("state", equalTo("SUCCEEDED")).body("unchangedRows", equalTo(1))
                .extract().path("id");
        assertEquals(1, TestDatabase.count("select count(*) from status_confirmation where bulk_job_id = ?::uuid",
                id));
        given().get("/api/v1/products/{yj}", yj).then().statusCode(200).body("stale", equalTo(false));
        assertEquals(1, TestDatabase.count("select count(*) from status_change where yj_code = ?", yj),
                "no revision");
    }

    @Test
    void aSearchFindsTheStaleShortagesOnlyAndTheMostRecentlyStoppedFirst() throws Exception {
        String org = "FRESH-LIST1";
        String stale = stopped(org, 31);
        String fresh = stopped(org, 29);
        String normal = code();
        TestReports.register(normal, org);
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body("""
                {"yjCode":"%s","shipmentResponse":"NORMAL","effectiveDate":"%s"}"""
                .formatted(normal, ReportingDay.today().minusDays(60))).post("/api/v1/status-changes").then()
                .statusCode(201);
        TestDatabase.execute("update status_change set reported_at = reported_at - interval '90 days'"
                + " where yj_code = '" + normal + "'");
        given().queryParam("manufacturer", org).queryParam("stale", "true").get("/api/v1/products").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].yjCode", equalTo(stale))
                .body("items[0].stale", equalTo(true));
        given().queryParam("manufacturer", org).queryParam("stale", "false").get("/api/v1/products").then()
                .statusCode(200).body("items.yjCode", equalTo(List.of(fresh, normal)));

        // stopped again later: the latest stop comes first, whatever its code
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body("""
                {"yjCode":"%s","shipmentResponse":"STOPPED","reason":"QUALITY_TROUBLE","effectiveDate":"%s"}"""
                .formatted(fresh, ReportingDay.today().minusDays(2))).post("/api/v1/status-changes").then()
                .statusCode(201);
        given().queryParam("manufacturer", org).queryParam("shipmentResponse", "STOPPED").queryParam("sort", "latest")
                .queryParam("size", 1).get("/api/v1/products").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.yjCode", equalTo(List.of(fresh)));
        given().queryParam("manufacturer", org).queryParam("shipmentResponse", "STOPPED").get("/api/v1/products")
                .then().statusCode(200).body("items.yjCode", equalTo(List.of(stale, fresh)));
        given().queryParam("manufacturer", org).queryParam("shipmentResponse", "STOPPED").queryParam("sort", "latest")
                .get("/api/v1/products").then().statusCode(200).body("items.yjCode", equalTo(List.of(fresh, stale)));
    }

    @Test
    void anUnknownOrderOrAStaleFlagThatIsNoFlagIsRefusedNamingIt() {
        given().queryParam("sort", "newest").get("/api/v1/products").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("sort"));
        given().queryParam("stale", "maybe").get("/api/v1/products").then().statusCode(400)
                .body("errors[0].field", equalTo("stale"));
    }
}
