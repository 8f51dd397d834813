package org.shortagewatch.allocation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Wholesalers' orders, shipments, stock and supply, and facilities' "cannot obtain" reports, as posted. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class WholesalerDataResourceTest {

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    /** A product no other test uses. */
    static String freshYj() {
        return String.format("1149%03dF1020", NEXT.getAndIncrement());
    }

    static RequestSpecification as(String role, String org) {
        return given().header("Authorization", TestTokens.bearer(role, org));
    }

    static long records(String yj) throws Exception {
        return TestDatabase.count("select count(*) from wholesaler_record where yj_code = ?", yj);
    }

    static Map<String, Object> order(String facility, String yj, long units, String unit) {
        return Map.of("reference", "ORD-" + yj + "-" + facility, "facilityCode", facility, "yjCode", yj,
                "date", "2026-11-20", "units", units, "unit", unit);
    }

    @Test
    void aWholesalerPostsAnOrderForItself() throws Exception {
        String yj = freshYj();
        as(Roles.WHOLESALER, "WHS001").contentType("application/json").body(order("1341234563", yj, 300, "錠"))
                .post("/api/v1/wholesalers/WHS001/orders")
                .then().statusCode(200)
                .body("kind", equalTo("ORDER"))
                .body("records", equalTo(1))
                .body("ingredients", hasItem(yj.substring(0, 7)));
        // Posted again under the same reference: replaced, not doubled.
        as(Roles.WHOLESALER, "WHS001").contentType("application/json").body(order("1341234563", yj, 280, "錠"))
                .post("/api/v1/wholesalers/WHS001/orders").then().statusCode(200);
        assertEquals(1, records(yj));
        assertEquals(1, TestDatabase.count(
                "select count(*) from wholesaler_record where yj_code = ? and units = 280 and prefecture_code = '13'", yj));
    }

    @Test
    void aBadFacilityCodeIsNamedAndNothingIsStored() throws Exception {
        String yj = freshYj();
        as(Roles.WHOLESALER, "WHS001").contentType("application/json").body(order("1341234567", yj, 300, "錠"))
                .post("/api/v1/wholesalers/WHS001/shipments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("facilityCode"))
                .body("errors[0].pointer", equalTo("#/facilityCode"));
        assertEquals(0, records(yj));
    }

    @Test
    void aProductKeepsOneUnit() throws Exception {
        String yj = freshYj();
        as(Roles.WHOLESALER, "WHS001").contentType("application/json").body(order("1341234563", yj, 3, "錠"))
                .post("/api/v1/wholesalers/WHS001/orders").then().statusCode(200);
        as(Roles.WHOLESALER, "WHS002").contentType("application/json").body(order("4711234569", yj, 3, "mL"))
                .post("/api/v1/wholesalers/WHS002/orders")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("unit"))
                .body("errors[0].detail", equalTo("'mL' is not the unit of " + yj + ", which is counted in '錠'"));
        assertEquals(1, records(yj));
    }

    @Test
    void aBulkUploadIsAllOrNothingWithErrorsByRowAndColumn() throws Exception {
        String yj = freshYj();
        String good = "1341234563," + yj + ",2026-11-01,100,錠\n";
        as(Roles.WHOLESALER, "WHS001").contentType("text/csv; charset=UTF-8")
                .body("facilityCode,yjCode,date,units,unit\n" + good + "4811234566," + yj + ",2026-11-01,100,錠\n")
                .post("/api/v1/wholesalers/WHS001/shipments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("facilityCode"))
                .body("errors[0].pointer", equalTo("#cell=3,1"))
                .body("detail", startsWith("1 error(s) in the upload"));
        assertEquals(0, records(yj));

        StringBuilder csv = new StringBuilder("reference,facilityCode,yjCode,date,units,unit\n");
        for (int i = 0; i < 500; i++) {
            String facility = FacilityCodes.withCheckDigit(String.format("%02d4%06d", 1 + i % 47, i));
            csv.append("S").append(i).append(',').append(facility).append(',').append(yj).append(",2026-11-0")
                    .append(1 + i % 9).append(",10,錠\n");
        }
        as(Roles.WHOLESALER, "WHS001").contentType("text/csv; charset=UTF-8").body(csv.toString())
                .post("/api/v1/wholesalers/WHS001/shipments")
                .then().statusCode(200)
                .body("records", equalTo(500));
        assertEquals(500, records(yj));
        assertEquals(47, TestDatabase.count(
                "select count(distinct prefecture_code) from wholesaler_record where yj_code = ?", yj));
    }

    @Test
    void aUnitMismatchInABulkUploadNamesItsRow() throws Exception {
        String yj = freshYj();
        as(Roles.WHOLESALER, "WHS001").contentType("text/csv; charset=UTF-8")
                .body("facilityCode,yjCode,date,units,unit\n1341234563," + yj + ",2026-11-01,1,錠\n4711234569," + yj
                        + ",2026-11-01,1,包\n")
                .post("/api/v1/wholesalers/WHS001/stock")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("unit"))
                .body("errors[0].pointer", equalTo("#row=3"));
        assertEquals(0, records(yj));
        assertEquals(0, TestDatabase.count("select count(*) from product_unit where yj_code = ?", yj),
                "the refused upload fixed no unit");
    }

    @Test
    void aWholesalerPostsForNoOtherOrganisation() throws Exception {
        String yj = freshYj();
        as(Roles.WHOLESALER, "WHS002").contentType("application/json").body(order("1341234563", yj, 3, "錠"))
                .post("/api/v1/wholesalers/WHS001/orders").then().statusCode(403);
        as(Roles.FACILITY, "1341234563").contentType("application/json").body(order("1341234563", yj, 3, "錠"))
                .post("/api/v1/wholesalers/WHS001/orders").then().statusCode(403);
        as(Roles.ADMIN, "ops").contentType("application/json").body(order("1341234563", yj, 3, "錠"))
                .post("/api/v1/wholesalers/WHS001/orders").then().statusCode(200);
        assertEquals(1, records(yj));
    }

    @Test
    void supplyIsSetPerProductAndPeriod() throws Exception {
        String yj = freshYj();
        Map<String, Object> supply = Map.of("periodStart", "2026-12-01", "periodEnd", "2026-12-31",
                "supplyUnits", 1200, "unit", "錠");
        as(Roles.WHOLESALER, "WHS001").contentType("application/json").body(supply)
                .put("/api/v1/wholesalers/WHS001/supply/" + yj).then().statusCode(200);
        as(Roles.WHOLESALER, "WHS001").contentType("application/json")
                .body(Map.of("periodStart", "2026-12-01", "periodEnd", "2026-11-30", "supplyUnits", 1, "unit", "錠"))
                .put("/api/v1/wholesalers/WHS001/supply/" + yj)
                .then().statusCode(400).body("errors[0].field", equalTo("periodEnd"));
        assertEquals(1, TestDatabase.count(
                "select count(*) from wholesaler_supply where yj_code = ? and supply_units = 1200", yj));
    }

    @Test
    void aFacilityReportsThatItCannotObtainAProductOncePerDay() throws Exception {
        String yj = freshYj();
        Map<String, Object> report = Map.of("facilityCode", "1341234563", "yjCode", yj, "date", "2026-11-30");
        String id = as(Roles.FACILITY, "1341234563").contentType("application/json").body(report)
                .post("/api/v1/cannot-obtain-reports")
                .then().statusCode(200).body("prefectureCode", equalTo("13")).extract().path("id");
        as(Roles.FACILITY, "1341234563").contentType("application/json").body(report)
                .post("/api/v1/cannot-obtain-reports")
                .then().statusCode(200).body("id", equalTo(id));
        as(Roles.FACILITY, "4711234569").contentType("application/json").body(report)
                .post("/api/v1/cannot-obtain-reports").then().statusCode(403);
        as(Roles.WHOLESALER, "WHS001").contentType("application/json").body(report)
                .post("/api/v1/cannot-obtain-reports").then().statusCode(403);
        assertEquals(1, TestDatabase.count("select count(*) from cannot_obtain_report where yj_code = ?", yj));
    }
}
