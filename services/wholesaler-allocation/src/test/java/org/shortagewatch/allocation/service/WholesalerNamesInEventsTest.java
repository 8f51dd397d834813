package org.shortagewatch.allocation.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * The plans and findings this service publishes name each wholesaler as the operator registered it, beside its code,
 * so that notification can name it to people who do not know wholesalers by code; a wholesaler nobody registered is
 * carried by its code alone.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class WholesalerNamesInEventsTest {

    static final String NAME = "名前テスト薬品株式会社";

    static void register(String code, String name) {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).contentType("application/json")
                .body(Map.of("name", name)).put("/api/v1/wholesalers/{code}", code)
                .then().statusCode(201);
    }

    static void supply(String wholesaler, String yj, LocalDate from, long units) {
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, wholesaler)).contentType("application/json")
                .body(Map.of("periodStart", from.toString(), "periodEnd", from.plusDays(29).toString(),
                        "supplyUnits", units, "unit", "錠"))
                .put("/api/v1/wholesalers/{w}/supply/{yj}", wholesaler, yj).then().statusCode(200);
    }

    @Test
    void aPlanNamesARegisteredWholesalerAndAnUnregisteredOneByItsCodeAlone() throws Exception {
        register("WHS-NAMED1", NAME);
        String yj = AllocationFlowTest.freshYj();
        String customer = AllocationFlowTest.facility("13", 961);
        LocalDate today = AllocationFlowTest.TODAY;
        for (String wholesaler : List.of("WHS-NAMED1", "WHS-UNNAMED1")) {
            AllocationFlowTest.post(wholesaler, "shipments", customer, yj, today.minusDays(10), 56);
            supply(wholesaler, yj, today, 300);
        }

        AllocationFlowTest.status(yj, 1, ShipmentResponse.LIMITED_OWN_REASONS);
        List<ConsumerRecord<String, String>> records = AllocationFlowTest.published(AllocationPlanPublished.TOPIC, yj,
                r -> r.size() >= 2);
        Map<String, AllocationPlanPublished> plans = records.stream()
                .map(r -> EventJson.read(r.value(), AllocationPlanPublished.class))
                .collect(Collectors.toMap(AllocationPlanPublished::wholesalerCode, Function.identity()));
        assertEquals(NAME, plans.get("WHS-NAMED1").wholesalerName());
        assertNull(plans.get("WHS-UNNAMED1").wholesalerName());
        records.stream().filter(r -> r.value().contains("WHS-UNNAMED1")).forEach(r -> assertFalse(
                r.value().contains("wholesalerName"), "no name field for a wholesaler nobody registered"));
    }

    @Test
    void aFindingNamesTheRegisteredWholesalersItConcernsByCode() throws Exception {
        register("WHS-NAMED2", NAME);
        String yj = AllocationFlowTest.freshYj();
        String ingredient = yj.substring(0, 7);
        String facility = AllocationFlowTest.facility("13", 962);
        AllocationFlowTest.awaitProcessed(AllocationFlowTest.status(yj, 1, ShipmentResponse.LIMITED_OTHER));
        AllocationFlowTest.post("WHS-NAMED2", "orders", facility, yj, AllocationFlowTest.TODAY, 200);
        AllocationFlowTest.post("WHS-UNNAMED2", "orders", facility, yj, AllocationFlowTest.TODAY, 150);

        List<MaldistributionFinding> duplicates = AllocationFlowTest.published(MaldistributionFinding.TOPIC,
                ingredient, r -> r.stream().anyMatch(WholesalerNamesInEventsTest::duplicateOrdering)).stream()
                .filter(WholesalerNamesInEventsTest::duplicateOrdering)
                .map(r -> EventJson.read(r.value(), MaldistributionFinding.class)).toList();
        assertEquals(1, duplicates.size(), duplicates::toString);
        MaldistributionFinding duplicate = duplicates.get(0);
        assertTrue(duplicate.wholesalerCodes().containsAll(List.of("WHS-NAMED2", "WHS-UNNAMED2")),
                duplicate::toString);
        assertEquals(Map.of("WHS-NAMED2", NAME), duplicate.wholesalerNames(), "the unregistered one is not named");
    }

    private static boolean duplicateOrdering(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value(), MaldistributionFinding.class).rule()
                == MaldistributionRule.DUPLICATE_ORDERING;
    }
}
