package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Supply-system managers (供給体制管理責任者) and the stoppage notices (出荷停止等の届出) that name them as they stood.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class SupplyManagerTest {

    static final String PATH = "/api/v1/organisations/{code}/supply-manager";

    static String manager(String name, String appointedOn) {
        return """
                {"name":"%s","title":"品質保証部長","email":"manager@example.co.jp","phone":"03-1234-5678",
                 "appointedOn":"%s"}""".formatted(name, appointedOn);
    }

    static RequestSpecification as(String role, String org) {
        return SupplyRiskReportTest.as(role, org);
    }

    @Test
    void aManufacturerNamesItsManagerAndAReplacementKeepsTheHistory() {
        String org = "LAW-MFR10";
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body(manager("山田 太郎", "2026-04-01"))
                .put(PATH, org).then().statusCode(201).body("name", equalTo("山田 太郎"))
                .body("organisationCode", equalTo(org));
        as(Roles.ADMIN, "ops").contentType(ContentType.JSON).body(manager("佐藤 花子", "2026-10-01"))
                .put(PATH, org).then().statusCode(200).body("name", equalTo("佐藤 花子"));
        as(Roles.MANUFACTURER, org).get(PATH, org).then().statusCode(200).body("name", equalTo("佐藤 花子"))
                .body("title", equalTo("品質保証部長")).body("appointedOn", equalTo("2026-10-01"));
        as(Roles.REGULATOR, "MHLW").get(PATH + "/history", org).then().statusCode(200)
                .body("appointments", hasSize(2))
                .body("appointments[0].name", equalTo("佐藤 花子"))
                .body("appointments[1].name", equalTo("山田 太郎"));
        as(Roles.REGULATOR, "MHLW").get(PATH, org).then().statusCode(200);
    }

    @Test
    void anyoneElseLearnsNothing() {
        String org = "LAW-MFR11";
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body(manager("山田 太郎", "2026-04-01"))
                .put(PATH, org).then().statusCode(201);
        for (RequestSpecification stranger : List.of(as(Roles.MANUFACTURER, "LAW-MFR12"),
                as(Roles.FACILITY, "1341234563"), as(Roles.WHOLESALER, "WHS001"))) {
            stranger.get(PATH, org).then().statusCode(404).contentType("application/problem+json");
        }
        as(Roles.FACILITY, "1341234563").get(PATH + "/history", org).then().statusCode(404);
        as(Roles.MANUFACTURER, "LAW-MFR12").get(PATH + "/history", org).then().statusCode(404);
        as(Roles.MANUFACTURER, "LAW-MFR12").contentType(ContentType.JSON).body(manager("乗っ取り", "2026-04-01"))
                .put(PATH, org).then().statusCode(404);
        as(Roles.FACILITY, "1341234563").contentType(ContentType.JSON).body(manager("乗っ取り", "2026-04-01"))
                .put(PATH, org).then().statusCode(404);
        as(Roles.REGULATOR, "MHLW").contentType(ContentType.JSON).body(manager("乗っ取り", "2026-04-01"))
                .put(PATH, org).then().statusCode(403);
        given().get(PATH, org).then().statusCode(401);
        given().get(PATH + "/history", org).then().statusCode(401);
        given().contentType(ContentType.JSON).body(manager("乗っ取り", "2026-04-01")).put(PATH, org).then()
                .statusCode(401);
        as(Roles.MANUFACTURER, org).get(PATH + "/history", org).then().statusCode(200)
                .body("appointments", hasSize(1));
    }

    @Test
    void badInputNamesTheFieldInJapaneseOrEnglish() {
        String org = "LAW-MFR13";
        String noEmail = manager("山田 太郎", "2026-04-01").replace("\"manager@example.co.jp\"", "\"not-an-address\"");
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body(noEmail).put(PATH, org).then()
                .statusCode(400).contentType("application/problem+json").header("Content-Language", "ja")
                .body("errors[0].field", equalTo("email"));
        as(Roles.MANUFACTURER, org).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(manager("", "2026-04-01")).put(PATH, org).then()
                .statusCode(400).header("Content-Language", "en").body("errors[0].field", equalTo("name"));
        // a telephone number and a missing date, in words of the form, not a regular expression or "null"
        String badPhone = manager("山田 太郎", "2026-04-01").replace("\"03-1234-5678\"", "\"abc-def\"");
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body(badPhone).put(PATH, org).then()
                .statusCode(400).body("errors[0].field", equalTo("phone"))
                .body("errors[0].detail", equalTo("電話番号は数字、+、(、)、-、空白で書いてください（例：03-1234-5678）"));
        String noDate = manager("山田 太郎", "2026-04-01").replace("\"2026-04-01\"", "null");
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body(noDate).put(PATH, org).then()
                .statusCode(400).body("errors[0].field", equalTo("appointedOn"))
                .body("errors[0].detail", equalTo("指定してください"));
        as(Roles.MANUFACTURER, org).get(PATH, org).then().statusCode(404)
                .body("detail", equalTo(org + " の供給体制管理責任者は選任されていません"));
    }

    @Test
    void aStoppageNoticeNamesTheManagerAsItStoodAndIsRecordedWithoutOne() {
        String org = "LAW-MFR14";
        String unnamed = "2456881F1315";
        String named = "2456882F1310";
        TestReports.register(unnamed, org);
        TestReports.register(named, org);
        int silent = as(Roles.MANUFACTURER, org).contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"STOPPED","reason":"QUALITY_TROUBLE",
                         "effectiveDate":"2026-03-02"}""".formatted(unnamed))
                .post("/api/v1/status-changes").then().statusCode(201)
                .body("stoppageNotice", equalTo(true)).body("managerNamed", equalTo(false))
                .body("supplyManager", nullValue())
                .extract().path("id");
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body(manager("山田 太郎", "2026-04-01"))
                .put(PATH, org).then().statusCode(201);
        int notice = as(Roles.MANUFACTURER, org).contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"LIMITED_OWN_REASONS","reason":"QUALITY_TROUBLE",
                         "effectiveDate":"2026-03-02","shipmentVolume":"C"}""".formatted(named))
                .post("/api/v1/status-changes").then().statusCode(201)
                .body("stoppageNotice", equalTo(true)).body("managerNamed", equalTo(true))
                .body("supplyManager.name", equalTo("山田 太郎")).extract().path("id");
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON).body(manager("佐藤 花子", "2026-10-01"))
                .put(PATH, org).then().statusCode(200);
        given().get("/api/v1/status-changes/{id}", notice).then().statusCode(200)
                .body("supplyManager.name", equalTo("山田 太郎")).body("supplyManager.title", equalTo("品質保証部長"));
        as(Roles.MANUFACTURER, org).contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"NORMAL","effectiveDate":"2026-03-20"}""".formatted(named))
                .post("/api/v1/status-changes").then().statusCode(201)
                .body("stoppageNotice", equalTo(false)).body("managerNamed", nullValue());

        as(Roles.REGULATOR, "MHLW").get("/api/v1/regulator/unannounced-changes?from=2026-03-01&to=2026-03-31")
                .then().statusCode(200)
                .body("noticesWithoutManager.find { it.statusChangeId == " + silent + " }.yjCode", equalTo(unnamed))
                .body("noticesWithoutManager.find { it.statusChangeId == " + notice + " }", nullValue());
    }
}
