package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * One manufacturer's line of the scorecard ({@code ?manufacturer=}), read from its own products and those sharing an
 * ingredient with them: the same line as the whole scorecard's, stale products, help to others and advance notice
 * included. On a real PostgreSQL.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class ScorecardOfOneMakerTest {

    static final String ORG = "CARD-MFR1";
    static final String OTHER = "CARD-MFR2";

    private static void report(String org, String yj, String fields, LocalDate effective) {
        SupplyRiskReportTest.as(Roles.MANUFACTURER, org).contentType(ContentType.JSON)
                .body("{\"yjCode\":\"%s\",%s,\"effectiveDate\":\"%s\"}".formatted(yj, fields, effective))
                .post("/api/v1/status-changes").then().statusCode(201);
    }

    @Test
    void oneMakersLineIsItsLineOfTheWholeScorecard() throws Exception {
        LocalDate today = SupplyRiskReportTest.inDays(0);
        String stale = "8700001F1017";   // stopped 40 days ago, reported 45 days ago
        String helper = "8700002F1011";  // shipping A+ for 20 days
        String announced = "8700003F1016"; // a stop announced 5 days ahead
        String short1 = "8700002F2018";  // the other maker's, same ingredient as helper, limited for 10 days
        String elsewhere = "8700004F1010"; // the other maker's, an ingredient the maker does not make
        for (String yj : List.of(stale, helper, announced)) {
            TestReports.register(yj, ORG);
        }
        for (String yj : List.of(short1, elsewhere)) {
            TestReports.register(yj, OTHER);
        }
        String stopped = "\"shipmentResponse\":\"STOPPED\",\"reason\":\"MANUFACTURING_TROUBLE\"";
        report(ORG, stale, stopped, today.minusDays(40));
        TestDatabase.execute("update status_change set reported_at = reported_at - interval '45 days'"
                + " where yj_code = '" + stale + "'");
        report(ORG, helper, "\"shipmentResponse\":\"NORMAL\",\"shipmentVolume\":\"A_PLUS\"", today.minusDays(20));
        SupplyRiskReportTest.submit(ORG, announced, today.plusDays(5));
        report(ORG, announced, stopped, today.plusDays(5));
        report(OTHER, short1, "\"shipmentResponse\":\"LIMITED_OWN_REASONS\",\"reason\":\"DEMAND_INCREASE\"",
                today.minusDays(10));
        report(OTHER, elsewhere, stopped, today.minusDays(3));

        LocalDate asOf = today.plusDays(30);
        Map<String, Object> whole = given().get("/api/v1/scorecard?asOf={day}", asOf.toString()).then()
                .statusCode(200).extract().jsonPath().getMap("manufacturers.find { it.manufacturerCode == '" + ORG
                        + "' }");
        JsonPath one = given().get("/api/v1/scorecard?asOf={day}&manufacturer={org}", asOf.toString(), ORG).then()
                .statusCode(200).body("asOf", equalTo(asOf.toString())).extract().jsonPath();
        assertEquals(List.of(whole), one.getList("manufacturers"));
        assertEquals(3, whole.get("products"));
        assertEquals(1, whole.get("staleProducts"), "the stop reported 45 days ago");
        assertEquals(1, whole.get("productsHelpingOthers"));
        assertEquals(41, whole.get("daysHelpingOthers"), "A+ while the other maker's product was limited");
        assertEquals(2, one.getInt("manufacturers[0].advanceNotice.onsets"));
        assertEquals(1, one.getInt("manufacturers[0].advanceNotice.announced"));

        String csv = given().get("/api/v1/scorecard?format=csv&manufacturer={org}", ORG).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(2, lines.size(), csv);
        assertTrue(lines.get(1).startsWith(ORG + ","), csv);
        given().get("/api/v1/scorecard?manufacturer=CARD-NOBODY").then().statusCode(200)
                .body("manufacturers", empty());
    }

    @Test
    void aMakerCodeTooLongOrGivenTwiceIsRefusedNamingIt() {
        String tooLong = "M".repeat(65);
        given().get("/api/v1/scorecard?manufacturer={org}", tooLong).then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "ja")
                .body("errors[0].field", equalTo("manufacturer"))
                .body("errors[0].detail", equalTo("64 文字以内にしてください"));
        given().header("Accept-Language", "en").get("/api/v1/scorecard?manufacturer={org}", tooLong).then()
                .statusCode(400).header("Content-Language", "en")
                .body("errors[0].field", equalTo("manufacturer"))
                .body("errors[0].detail", equalTo("is longer than 64 characters"));
        given().get("/api/v1/scorecard?manufacturer=" + ORG + "&manufacturer=" + OTHER).then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "ja")
                .body("errors[0].field", equalTo("manufacturer"));
    }
}
