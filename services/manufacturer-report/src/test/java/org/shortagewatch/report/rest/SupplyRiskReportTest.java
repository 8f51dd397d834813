package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.report.domain.ReportingDay;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Supply-risk reports (供給不安報告): confidential between the maker and the regulator, followed up by the maker's
 * next limited or stopped status change, single or bulk.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class SupplyRiskReportTest {

    static final String MAKER = TestReports.MANUFACTURER;

    static RequestSpecification as(String role, String org) {
        return given().header("Authorization", TestTokens.bearer(role, org));
    }

    static String body(String yj, String response, LocalDate from) {
        return """
                {"yjCode":"%s","expectedResponse":"%s","expectedFrom":"%s","reason":"RAW_MATERIALS",
                 "expectedVolume":"C","details":"原薬の輸入が止まるおそれ（社外秘）"}""".formatted(yj, response, from);
    }

    /** Submits a report as {@code org} and returns its id. */
    static String submit(String org, String yj, LocalDate from) {
        return as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body(body(yj, "STOPPED", from))
                .when().post("/api/v1/supply-risk-reports")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("state", equalTo("OPEN")).body("stateLabel", equalTo("受付中"))
                .body("expectedResponseLabel", equalTo("供給停止"))
                .extract().path("id");
    }

    static LocalDate inDays(int days) {
        return ReportingDay.today().plusDays(days);
    }

    @Test
    void aReportIsReadByItsMakerAndTheRegulatorOnlyAndNeverPublished() throws Exception {
        String yj = TestReports.freshYj();
        long outbox = TestReports.count("outbox");
        String id = submit(MAKER, yj, inDays(20));
        assertEquals(outbox, TestReports.count("outbox"), "never on Kafka");

        as(Roles.MANUFACTURER, MAKER).get("/api/v1/supply-risk-reports/{id}", id).then().statusCode(200)
                .body("yjCode", equalTo(yj)).body("details", equalTo("原薬の輸入が止まるおそれ（社外秘）"));
        as(Roles.REGULATOR, "MHLW").get("/api/v1/supply-risk-reports/{id}", id).then().statusCode(200)
                .body("organisationCode", equalTo(MAKER));
        as(Roles.REGULATOR, "MHLW").get("/api/v1/supply-risk-reports?state=OPEN").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(Roles.MANUFACTURER, MAKER).get("/api/v1/supply-risk-reports").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(Roles.REGULATOR, "MHLW").get("/api/v1/supply-risk-reports?state=WITHDRAWN").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        for (RequestSpecification stranger : List.of(as(Roles.MANUFACTURER, "MFR-STRANGER"),
                as(Roles.FACILITY, "1341234563"), as(Roles.WHOLESALER, "WHS001"))) {
            stranger.get("/api/v1/supply-risk-reports/{id}", id).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", equalTo("供給不安報告 " + id + " はありません"));
        }
        given().get("/api/v1/supply-risk-reports/{id}", id).then().statusCode(401);
        given().get("/api/v1/supply-risk-reports").then().statusCode(401);
        as(Roles.MANUFACTURER, "MFR-STRANGER").get("/api/v1/supply-risk-reports").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(Roles.FACILITY, "1341234563").get("/api/v1/supply-risk-reports").then().statusCode(404);
        as(Roles.MANUFACTURER, "MFR-STRANGER").contentType(ContentType.JSON).body(body(yj, "STOPPED", inDays(20)))
                .post("/api/v1/supply-risk-reports").then().statusCode(404).body("errors[0].field", equalTo("yjCode"));
        as(Roles.FACILITY, "1341234563").contentType(ContentType.JSON).body(body(yj, "STOPPED", inDays(20)))
                .post("/api/v1/supply-risk-reports").then().statusCode(404);
        given().contentType(ContentType.JSON).body(body(yj, "STOPPED", inDays(20)))
                .post("/api/v1/supply-risk-reports").then().statusCode(401);

        String everyPublicRead = given().get("/api/v1/national-list?format=csv").then().statusCode(200).extract()
                .asString() + given().get("/api/v1/products/{yj}/status", yj).then().extract().asString()
                + given().get("/api/v1/scorecard?format=csv").then().statusCode(200).extract().asString();
        assertFalse(everyPublicRead.contains("社外秘"), "never in a public list or export");
    }

    @Test
    void aSecondOpenReportForAProductIsRefusedAndBadInputNamesTheField() {
        String yj = TestReports.freshYj();
        submit(MAKER, yj, inDays(5));
        as(Roles.MANUFACTURER, MAKER).contentType(ContentType.JSON).body(body(yj, "STOPPED", inDays(6)))
                .post("/api/v1/supply-risk-reports").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("yjCode"));
        as(Roles.MANUFACTURER, MAKER).contentType(ContentType.JSON).body(body(yj, "NORMAL", inDays(6)))
                .post("/api/v1/supply-risk-reports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("expectedResponse"))
                .body("errors[0].detail", equalTo("供給不安報告には限定出荷または供給停止の見込みを指定してください"));
        as(Roles.MANUFACTURER, MAKER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(body(yj, "STOPPED", inDays(-1)))
                .post("/api/v1/supply-risk-reports").then().statusCode(400)
                .header("Content-Language", "en")
                .body("errors[0].field", equalTo("expectedFrom"))
                .body("errors[0].detail", startsWith("is in the past"));
        as(Roles.MANUFACTURER, MAKER).contentType(ContentType.JSON)
                .body(body(yj, "STOPPED", inDays(6)).replace("原薬の輸入が止まるおそれ（社外秘）", "あ".repeat(2001)))
                .post("/api/v1/supply-risk-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("details"));
    }

    @Test
    void aLimitedOrStoppedChangeFollowsUpTheOpenReportWithItsLeadTime() {
        String yj = TestReports.freshYj();
        String id = submit(MAKER, yj, inDays(10));
        TestReports.asManufacturer().contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"NORMAL","effectiveDate":"%s"}""".formatted(yj, inDays(1)))
                .post("/api/v1/status-changes").then().statusCode(201);
        as(Roles.MANUFACTURER, MAKER).get("/api/v1/supply-risk-reports/{id}", id).then().statusCode(200)
                .body("state", equalTo("OPEN"));
        int change = TestReports.asManufacturer().contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"LIMITED_OWN_REASONS","reason":"RAW_MATERIALS",
                         "effectiveDate":"%s","effectiveDateCertainty":"ANTICIPATED"}""".formatted(yj, inDays(12)))
                .post("/api/v1/status-changes").then().statusCode(201).extract().path("id");
        as(Roles.REGULATOR, "MHLW").get("/api/v1/supply-risk-reports/{id}", id).then().statusCode(200)
                .body("state", equalTo("FOLLOWED"))
                .body("followedBy.statusChangeId", equalTo(change))
                .body("followedBy.revision", equalTo(2))
                .body("followedBy.effectiveDate", equalTo(inDays(12).toString()))
                .body("leadTimeDays", equalTo(12));
        as(Roles.MANUFACTURER, MAKER).contentType(ContentType.JSON).body("{\"reason\":\"誤り\"}")
                .post("/api/v1/supply-risk-reports/{id}/withdrawal", id).then().statusCode(409);
    }

    @Test
    void aBulkFileFollowsUpOpenReportsToo() {
        String yj = TestUploads.products(1).get(0);
        String id = submit(TestUploads.HOLDER, yj, inDays(3));
        TestUploads.statusRowsOutcome(null, yj + ",供給停止," + inDays(4) + ",原材料調達上の問題,,,C\n")
                .body("state", equalTo("SUCCEEDED"));
        as(Roles.MANUFACTURER, TestUploads.HOLDER).get("/api/v1/supply-risk-reports/{id}", id).then()
                .statusCode(200).body("state", equalTo("FOLLOWED")).body("leadTimeDays", equalTo(4));
    }

    @Test
    void onlyItsMakerWithdrawsAnOpenReportWithAReason() {
        String yj = TestReports.freshYj();
        String id = submit(MAKER, yj, inDays(30));
        String reason = "{\"reason\":\"原材料の調達の見込みが立ったため\"}";
        as(Roles.MANUFACTURER, "MFR-STRANGER").contentType(ContentType.JSON).body(reason)
                .post("/api/v1/supply-risk-reports/{id}/withdrawal", id).then().statusCode(404);
        as(Roles.FACILITY, "1341234563").contentType(ContentType.JSON).body(reason)
                .post("/api/v1/supply-risk-reports/{id}/withdrawal", id).then().statusCode(404);
        as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body(reason)
                .post("/api/v1/supply-risk-reports/{id}/withdrawal", id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(reason)
                .post("/api/v1/supply-risk-reports/{id}/withdrawal", id).then().statusCode(401);
        as(Roles.MANUFACTURER, MAKER).contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post("/api/v1/supply-risk-reports/{id}/withdrawal", id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(Roles.MANUFACTURER, MAKER).contentType(ContentType.JSON).body(reason)
                .post("/api/v1/supply-risk-reports/{id}/withdrawal", id).then().statusCode(200)
                .body("state", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("原材料の調達の見込みが立ったため"));
        submit(MAKER, yj, inDays(40)); // the product may be reported again
    }
}
