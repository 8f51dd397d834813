package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.NationalLists;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.report.domain.nationallist.ListRows;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The national list of the 2023-11 survey (17,470 products) loaded through the bulk API makes the aggregates return
 * exactly the survey's tables; the list exports in the national layout and reads back. No other test reports a
 * change effective before 2024, so the survey month is this test's alone.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalListTest {

    static final LocalDate SURVEY = LocalDate.of(2023, 11, 1);
    static final String AS_OF = "2023-11-30";
    /** The status upload of the survey's list. */
    static String statusJob;

    static String adminUpload(String path, byte[] file) {
        String id = given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops"))
                .contentType("text/csv; charset=UTF-8").body(file)
                .when().post(path)
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> !List.of("QUEUED",
                "RUNNING").contains(job(id).getString("state")));
        return id;
    }

    static JsonPath job(String id) {
        return given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops"))
                .get("/api/v1/bulk-jobs/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    @Order(1)
    void theSurveysListLoadedThroughTheBulkApiGivesExactlyTheSurveysTables() {
        byte[] list = NationalLists.survey2023(SURVEY).getBytes(StandardCharsets.UTF_8);
        String products = adminUpload("/api/v1/products/bulk", list);
        assertEquals("SUCCEEDED", job(products).getString("state"), () -> job(products).prettify());
        assertEquals(17_470, job(products).getInt("acceptedRows"));

        String statuses = adminUpload("/api/v1/status-changes/bulk", list);
        statusJob = statuses;
        assertEquals("SUCCEEDED", job(statuses).getString("state"), () -> job(statuses).prettify());
        assertEquals(17_470, job(statuses).getInt("acceptedRows"));

        JsonPath tables = given().get("/api/v1/aggregates?asOf=" + AS_OF).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(13_199, 604, 1_491, 164, 2_012), tables.getList("byShipmentResponse.products"));
        assertEquals(17_470, tables.getInt("total"));
        assertEquals(List.of("BRAND", "LONG_LISTED_BRAND", "GENERIC", "OTHER"),
                tables.getList("byProductCategory.productCategory"));
        assertEquals(List.of(List.of(43, 43, 21, 107, 90), List.of(30, 99, 9, 138, 34),
                List.of(377, 1_135, 76, 1_588, 1_547), List.of(154, 214, 58, 426, 341)),
                tables.getList("byProductCategory", Map.class).stream().map(NationalListTest::numbers).toList());
        assertEquals(List.of(604, 1_491, 164, 2_259, 2_012), numbers(tables.getMap("productCategoryTotal")));

        // The same tables as CSV, in the survey's own wording.
        String byResponse = given().get("/api/v1/aggregates/shipment-response?format=csv&asOf=" + AS_OF).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(byResponse.contains("全体,13199,604,1491,164,2012,17470"), byResponse);
        String byCategory = given().get("/api/v1/aggregates/product-category?format=csv&asOf=" + AS_OF).then()
                .statusCode(200).extract().asString();
        assertTrue(byCategory.contains("後発品,377,1135,76,1588,1547"), byCategory);
        assertTrue(byCategory.contains("合計,604,1491,164,2259,2012"), byCategory);

        // Before the survey's day, none of it was in effect.
        given().get("/api/v1/aggregates?asOf=2023-10-31").then().body("total", equalTo(0));
    }

    @Test
    @Order(2)
    void everyAcceptedChangeOfTheListIsAcknowledgedByKafka() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> job(statusJob).getLong("eventsPublished") == 17_470L);
    }

    @Test
    @Order(3)
    void theNationalListExportsInTheNationalLayoutAndReadsBackTheSame() throws Exception {
        for (FileFormat format : FileFormat.values()) {
            byte[] file = given().get("/api/v1/national-list?format=" + format.name().toLowerCase() + "&asOf=" + AS_OF)
                    .then().statusCode(200).contentType(startsWith(format.mediaType()))
                    .header("Content-Disposition", startsWith("attachment; filename=\"national-list-2023-11-30."))
                    .extract().asByteArray();
            ListFile read = ListFile.read(format, file, null, 100_000);
            var rows = ListRows.statusReports(read, LocalDate.of(2023, 11, 30));
            long survey = rows.stream().filter(r -> r.valid() && r.value().yjCode().startsWith("100")).count();
            assertEquals(17_470, survey, format + ": every product of the survey, readable as uploaded");
            var stopped = rows.stream().filter(r -> r.valid() && r.value().yjCode().equals(NationalLists.yj(17_469)))
                    .findFirst().orElseThrow().value();
            assertEquals("STOPPED", stopped.shipmentResponse().name());
            assertEquals(SURVEY, stopped.effectiveDate());
            assertEquals("MFR009", ListRows.products(read, null).stream()
                    .filter(r -> r.valid() && r.value().yjCode().equals(NationalLists.yj(17_469))).findFirst()
                    .orElseThrow().value().manufacturerCode());
        }
        given().get("/api/v1/national-list?asOf=" + AS_OF).then().statusCode(200)
                .body("products.find { it.yjCode == '" + NationalLists.yj(0) + "' }.status.shipmentResponse",
                        equalTo("NORMAL"));
        given().get("/api/v1/national-list?format=pdf").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("format"));
    }

    @Test
    @Order(4)
    void theScorecardCoversEveryManufacturerOfTheList() {
        JsonPath card = given().get("/api/v1/scorecard?asOf=" + AS_OF).then().statusCode(200).extract().jsonPath();
        Map<String, Object> mfr000 = card.getMap("manufacturers.find { it.manufacturerCode == 'MFR000' }");
        assertEquals(1_747, mfr000.get("products"));
        assertTrue(card.getString("method").contains("A+"));
        given().get("/api/v1/scorecard?format=csv&asOf=" + AS_OF).then().statusCode(200)
                .contentType(startsWith("text/csv"));
    }

    @Test
    @Order(5)
    void theTablesSayWhoWasSurveyedWhoRespondedAndEachCountsShareOfTheResponders() {
        JsonPath tables = given().get("/api/v1/aggregates?asOf=" + AS_OF).then().statusCode(200).extract().jsonPath();
        long catalogue = given().get("/api/v1/products?size=1").then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
        assertEquals(17_470, tables.getInt("responded"));
        assertEquals(catalogue, tables.getLong("surveyed"));
        assertEquals(catalogue - 17_470, tables.getLong("nonResponders"));
        assertEquals(List.of("75.6", "3.5", "8.5", "0.9", "11.5"),
                tables.getList("byShipmentResponse.percentOfResponders", String.class));
        Map<String, Object> generic = tables.getMap("byProductCategory.find { it.productCategory == 'GENERIC' }");
        assertEquals(7_500, generic.get("normal"));
        assertEquals(List.of(13_199, 2_259, 2_012), List.of(tables.getInt("productCategoryTotal.normal"),
                tables.getInt("productCategoryTotal.limitedTotal"), tables.getInt("productCategoryTotal.stopped")));
        assertEquals("9.1", tables.getString("byProductCategory.find { it.productCategory == 'GENERIC' }"
                + ".percentOfResponders.limitedTotal"));

        String byResponse = given().get("/api/v1/aggregates/shipment-response?format=csv&asOf=" + AS_OF).then()
                .statusCode(200).extract().asString();
        assertTrue(byResponse.contains("全体,13199,604,1491,164,2012,17470,75.6,3.5,8.5,0.9,11.5," + catalogue + ","
                + (catalogue - 17_470)), byResponse);
        assertTrue(byResponse.contains("通常出荷 割合(%)") && byResponse.contains("未回答品目数"), byResponse);
        String byCategory = given().get("/api/v1/aggregates/product-category?format=csv&asOf=" + AS_OF).then()
                .statusCode(200).extract().asString();
        assertTrue(byCategory.contains("後発品,377,1135,76,1588,1547,7500,2.2,6.5,0.4,9.1,8.9,42.9"), byCategory);
        assertTrue(byCategory.contains("合計,604,1491,164,2259,2012,13199,3.5,8.5,0.9,12.9,11.5,75.6"), byCategory);
    }

    @Test
    @Order(6)
    void theReasonsOfTheSurveysLimitedAndStoppedProductsAreCountedPerReasonCode() {
        JsonPath reasons = given().get("/api/v1/aggregates/reasons?asOf=" + AS_OF).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 8), reasons.getList("byReason.code"));
        assertEquals(2_259, reasons.getInt("byReason.find { it.reason == 'DEMAND_INCREASE' }.limited"));
        assertEquals(2_012, reasons.getInt("byReason.find { it.reason == 'DEMAND_INCREASE' }.stopped"));
        assertEquals(0, reasons.getInt("byReason.find { it.reason == 'QUALITY_TROUBLE' }.stopped"));
        assertEquals(List.of(2_259, 2_012), List.of(reasons.getInt("total.limited"), reasons.getInt("total.stopped")));
        String csv = given().get("/api/v1/aggregates/reasons?format=csv&asOf=" + AS_OF).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"reasons-2023-11-30.csv"))
                .extract().asString();
        assertTrue(csv.contains("1．需要増,2259,2012,100.0,100.0"), csv);
        assertTrue(csv.contains("合計,2259,2012,100.0,100.0"), csv);
        given().get("/api/v1/aggregates/reasons?asOf=2023-11-31").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        given().get("/api/v1/aggregates/reasons?format=xlsx").then().statusCode(400)
                .body("errors.field", hasItem("format"));
    }

    @Test
    @Order(7)
    void theWeeklySeriesShowsEachWeekAsOfItsSunday() {
        JsonPath series = given().get("/api/v1/aggregates/weekly?from=2023-10-25&to=2023-11-06").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("2023-W43", "2023-W44", "2023-W45"), series.getList("weeks.week"));
        assertEquals(List.of("2023-10-29", "2023-11-05", "2023-11-12"), series.getList("weeks.end"));
        assertEquals(List.of(0, 17_470, 17_470), series.getList("weeks.responded"));
        assertEquals(List.of(0, 13_199, 13_199), series.getList("weeks.normal"));
        assertEquals(List.of(0, 2_012, 2_012), series.getList("weeks.stopped"));
        String csv = given().get("/api/v1/aggregates/weekly?format=csv&from=2023-11-01&to=2023-11-01").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.contains("2023-W44,2023-10-30,2023-11-05,13199,604,1491,164,2012,17470"), csv);
    }

    @Test
    @Order(8)
    void aWeeklySeriesBackwardsOrOverFiveYearsIsRefusedNamingTo() {
        given().get("/api/v1/aggregates/weekly?from=2023-11-30&to=2023-11-01").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "ja")
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].detail", equalTo("終了日 2023-11-01 が開始日 2023-11-30 より前です"));
        given().header("Accept-Language", "en").get("/api/v1/aggregates/weekly?from=2018-01-01&to=2023-11-01").then()
                .statusCode(400).header("Content-Language", "en")
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].detail", equalTo("spans 305 weeks: at most 260 at once"));
        given().get("/api/v1/aggregates/weekly?from=2023-13-01").then().statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @SuppressWarnings("unchecked")
    static List<Integer> numbers(Map<?, ?> line) {
        return List.of((Integer) line.get("limitedOwnReasons"), (Integer) line.get("limitedOtherCompany"),
                (Integer) line.get("limitedOther"), (Integer) line.get("limitedTotal"), (Integer) line.get("stopped"));
    }
}
