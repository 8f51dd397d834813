package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The regulator's review: shortages no supply-risk report announced, and advance notice on the scorecard. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class RegulatorReviewTest {

    static final String ORG = "LAW-MFR20";
    static final String PATH = "/api/v1/regulator/unannounced-changes";

    private static int change(String yj, String response, LocalDate effective) {
        String reason = response.equals("NORMAL") ? "" : "\"reason\":\"DEMAND_INCREASE\",";
        return SupplyRiskReportTest.as(Roles.MANUFACTURER, ORG).contentType(ContentType.JSON)
                .body("{\"yjCode\":\"%s\",\"shipmentResponse\":\"%s\",%s\"effectiveDate\":\"%s\"}"
                        .formatted(yj, response, reason, effective))
                .post("/api/v1/status-changes").then().statusCode(201).extract().path("id");
    }

    @Test
    void unannouncedShortagesAreListedAndTheScorecardCountsTheAnnouncedOnes() {
        LocalDate today = SupplyRiskReportTest.inDays(0);
        String announced = "2456771F1313";
        String fromNormal = "2456772F1318";
        String firstReport = "2456773F1312";
        for (String yj : List.of(announced, fromNormal, firstReport)) {
            TestReports.register(yj, ORG, "架空レビュー製薬株式会社");
        }
        SupplyRiskReportTest.submit(ORG, announced, today.plusDays(10));
        int followed = change(announced, "STOPPED", today.plusDays(10));
        change(fromNormal, "NORMAL", today.minusDays(5));
        int limited = change(fromNormal, "LIMITED_OTHER", today.plusDays(2));
        int first = change(firstReport, "LIMITED_OWN_REASONS", today);
        int worse = change(firstReport, "STOPPED", today.plusDays(3));

        JsonPath review = SupplyRiskReportTest.as(Roles.REGULATOR, "MHLW")
                .get(PATH + "?from={from}&to={to}", today.minusDays(10).toString(), today.plusDays(30).toString())
                .then().statusCode(200).body("lookbackDays", equalTo(180)).extract().jsonPath();
        List<Integer> ids = review.getList("unannouncedChanges.statusChangeId");
        assertEquals(List.of(true, true, false, false), List.of(ids.contains(limited), ids.contains(first),
                ids.contains(followed), ids.contains(worse)));
        Map<String, Object> row = review.getMap("unannouncedChanges.find { it.statusChangeId == " + limited + " }");
        assertEquals("NORMAL", row.get("previousResponse"));
        assertEquals(ORG, row.get("manufacturerCode"));
        assertEquals("架空レビュー製薬株式会社", row.get("manufacturerName"));

        Map<String, Object> line = given().get("/api/v1/scorecard?asOf={day}", today.plusDays(30).toString()).then()
                .statusCode(200).extract().jsonPath()
                .getMap("manufacturers.find { it.manufacturerCode == '" + ORG + "' }.advanceNotice");
        assertEquals(Map.of("onsets", 3, "announced", 1, "announcedShare", 1f / 3, "medianLeadTimeDays", 10f),
                Map.of("onsets", line.get("onsets"), "announced", line.get("announced"),
                        "announcedShare", ((Number) line.get("announcedShare")).floatValue(),
                        "medianLeadTimeDays", ((Number) line.get("medianLeadTimeDays")).floatValue()));
        given().get("/api/v1/scorecard?format=csv&asOf={day}", today.plusDays(30).toString()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("medianLeadTimeDays"));
    }

    @Test
    void onlyTheRegulatorAndAdminsSeeTheReview() {
        SupplyRiskReportTest.as(Roles.ADMIN, "ops").get(PATH).then().statusCode(200);
        for (RequestSpecification other : List.of(SupplyRiskReportTest.as(Roles.MANUFACTURER, ORG),
                SupplyRiskReportTest.as(Roles.FACILITY, "1341234563"),
                SupplyRiskReportTest.as(Roles.WHOLESALER, "WHS001"))) {
            other.get(PATH).then().statusCode(404).contentType("application/problem+json");
        }
        given().get(PATH).then().statusCode(401);
    }

    @Test
    void aBadPeriodNamesItsParameter() {
        SupplyRiskReportTest.as(Roles.REGULATOR, "MHLW").get(PATH + "?from=2026-02-30").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        SupplyRiskReportTest.as(Roles.REGULATOR, "MHLW").get(PATH + "?from=2026-05-01&to=2026-04-01").then()
                .statusCode(400).body("errors[0].field", equalTo("from"))
                .body("errors[0].detail", equalTo("to より後の日付です"));
        SupplyRiskReportTest.as(Roles.REGULATOR, "MHLW").header("Accept-Language", "en")
                .get(PATH + "?from=2026-05-01&to=2026-04-01").then()
                .statusCode(400).body("errors[0].detail", equalTo("is after to"));
    }
}
