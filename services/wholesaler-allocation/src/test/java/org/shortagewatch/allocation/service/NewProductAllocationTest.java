package org.shortagewatch.allocation.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A product the wholesaler shipped to nobody in the same quarter last year (launched since, or new to it) is still
 * shared out in full: by its customers' purchases in the 28 days before the period, and the plan says so. Its order
 * surges are still found, against each facility's purchases in the 28 days before the order window.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class NewProductAllocationTest {

    /** A wholesaler of its own, so no other test's supplies count. */
    static final String WHOLESALER = "WHS-N";

    @Test
    void aProductWithoutLastYearsPurchasesIsSharedByRecentOnes() throws Exception {
        String yj = AllocationFlowTest.freshYj();
        String a = AllocationFlowTest.facility("13", 901);
        String b = AllocationFlowTest.facility("27", 902);
        LocalDate today = AllocationFlowTest.TODAY;
        AllocationFlowTest.post(WHOLESALER, "shipments", a, yj, today.minusDays(10), 56);
        AllocationFlowTest.post(WHOLESALER, "shipments", b, yj, today.minusDays(5), 28);
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, WHOLESALER)).contentType("application/json")
                .body(Map.of("periodStart", today.toString(), "periodEnd", today.plusDays(29).toString(),
                        "supplyUnits", 300, "unit", "錠"))
                .put("/api/v1/wholesalers/{w}/supply/{yj}", WHOLESALER, yj).then().statusCode(200);

        AllocationFlowTest.status(yj, 1, ShipmentResponse.LIMITED_OWN_REASONS);
        AllocationPlanPublished plan = EventJson.read(AllocationFlowTest.published(AllocationPlanPublished.TOPIC, yj,
                r -> r.size() >= 1).get(0).value(), AllocationPlanPublished.class);
        assertEquals(today.minusDays(28), plan.baselineStart());
        assertEquals(today.minusDays(1), plan.baselineEnd());
        // floors 0.5 * 56/28 * 30 = 30 and 15; the 255 left split 56:28 -> 170 and 85
        assertEquals(List.of(new AllocationPlanPublished.Line(a, "13", 56, 30, 200, false),
                new AllocationPlanPublished.Line(b, "27", 28, 15, 100, false)), plan.lines());

        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, WHOLESALER))
                .get("/api/v1/wholesalers/{w}/allocations", WHOLESALER)
                .then().statusCode(200)
                .body("find { it.facilityCode == '" + a + "' }.baselineStart", equalTo(today.minusDays(28).toString()))
                .body("find { it.facilityCode == '" + a + "' }.baselineEnd", equalTo(today.minusDays(1).toString()))
                .body("find { it.facilityCode == '" + a + "' }.quotaUnits", equalTo(200));
    }

    @Test
    void anOrderSurgeOfAProductWithoutLastYearsPurchasesIsMeasuredAgainstThePurchasesJustBefore() throws Exception {
        String yj = AllocationFlowTest.freshYj();
        String f = AllocationFlowTest.facility("13", 903);
        LocalDate today = AllocationFlowTest.TODAY;
        AllocationFlowTest.awaitProcessed(AllocationFlowTest.status(yj, 1, ShipmentResponse.LIMITED_OTHER));
        // the order window is the 28 days to today; the 28 days before it end 28 days ago
        AllocationFlowTest.post(WHOLESALER, "shipments", f, yj, today.minusDays(40), 200);
        AllocationFlowTest.post(WHOLESALER, "orders", f, yj, today, 300);

        MaldistributionFinding surge = AllocationFlowTest.findings(yj.substring(0, 7), 1).get(0);
        assertEquals(MaldistributionRule.ORDER_SURGE, surge.rule());
        assertEquals(List.of(f), surge.facilityCodes());
        assertEquals(200, ((Number) surge.evidence().get("baselineUnits")).intValue());
        assertEquals(today.minusDays(55).toString(), surge.evidence().get("baselineWindowStart"));
        assertEquals(today.minusDays(28).toString(), surge.evidence().get("baselineWindowEnd"));
        assertEquals(1.5, ((Number) surge.evidence().get("ratio")).doubleValue());
        assertEquals("錠", surge.evidence().get("unit"), "the unit the product's records are counted in");
        assertTrue(surge.summaryJa().contains("約200錠"), surge.summaryJa());
    }
}
