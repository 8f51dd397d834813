package org.shortagewatch.allocation.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An ingredient sold as tablets and as a syrup: the map's days of supply reckon each unit apart, on the real
 * database, and give no stock or shipment sum where tablets and millilitres would be added.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class MixedUnitsMapTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final String INGREDIENT = "6139901";
    private static final String TABLETS = INGREDIENT + "F1020";
    private static final String SYRUP = INGREDIENT + "Q1020";

    @Test
    void tabletsAndASyrupAreReckonedApartAndAveragedOverTheFacilities() {
        // Tokyo: three facilities short of tablets (2.8 days), one with plenty of syrup (280 days)
        for (int i = 1; i <= 3; i++) {
            String pharmacy = AllocationFlowTest.facility("13", 901 + i);
            post("shipments", pharmacy, TABLETS, "錠", TODAY.minusDays(3), 1000);
            post("stock", pharmacy, TABLETS, "錠", TODAY, 100);
        }
        String hospital = AllocationFlowTest.facility("13", 910);
        post("shipments", hospital, SYRUP, "mL", TODAY.minusDays(3), 10_000);
        post("stock", hospital, SYRUP, "mL", TODAY, 100_000);
        // Osaka: tablets only, 28 days
        String osaka = AllocationFlowTest.facility("27", 911);
        post("shipments", osaka, TABLETS, "錠", TODAY.minusDays(3), 1000);
        post("stock", osaka, TABLETS, "錠", TODAY, 1000);
        // Hokkaido: tablets counted (2.8 days); a syrup shipped whose stock nobody counted: unknown, not none
        String sapporo = AllocationFlowTest.facility("01", 912);
        post("shipments", sapporo, TABLETS, "錠", TODAY.minusDays(3), 1000);
        post("stock", sapporo, TABLETS, "錠", TODAY, 100);
        post("shipments", AllocationFlowTest.facility("01", 913), SYRUP, "mL", TODAY.minusDays(3), 10_000);

        given().header("Authorization", TestTokens.bearer(Roles.REGULATOR, "MHLW"))
                .get("/api/v1/ingredients/{i}/prefectures", INGREDIENT)
                .then().statusCode(200)
                // (3 × 2.8 + 1 × 280) / 4; added up as units it would be 100,300 × 28 / 13,000 = 216 days
                .body("prefectures.'13'.daysOfSupply", equalTo(72.1f))
                .body("prefectures.'13'.stockUnits", nullValue())
                .body("prefectures.'13'.shippedUnits", nullValue())
                .body("prefectures.'13'.byUnit.unit", contains("mL", "錠"))
                .body("prefectures.'13'.byUnit.stockUnits", contains(100_000, 300))
                .body("prefectures.'13'.byUnit.shippedUnits", contains(10_000, 3000))
                .body("prefectures.'27'.byUnit", empty())
                // the syrup's unknown stock neither shows as 0 nor halves the prefecture's days
                .body("prefectures.'01'.byUnit.stockUnits", contains(nullValue(), equalTo(100)))
                .body("prefectures.'01'.daysOfSupply", equalTo(2.8f))
                .body("prefectures.'27'.daysOfSupply", equalTo(28.0f))
                .body("prefectures.'27'.stockUnits", equalTo(1000))
                .body("prefectures.'27'.shippedUnits", equalTo(1000));
    }

    private static void post(String kind, String facility, String yj, String unit, LocalDate day, long units) {
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS-UNITS"))
                .contentType("application/json")
                .body(Map.of("facilityCode", facility, "yjCode", yj, "date", day.toString(), "units", units,
                        "unit", unit))
                .post("/api/v1/wholesalers/{w}/{kind}", "WHS-UNITS", kind)
                .then().statusCode(200);
    }
}
