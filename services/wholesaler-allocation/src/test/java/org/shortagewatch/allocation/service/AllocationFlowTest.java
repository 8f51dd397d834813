package org.shortagewatch.allocation.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.BaselineWindow;
import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.infra.TopicReader;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * From posted data and supply-status events to the events this service publishes, on a real Kafka broker and a real
 * PostgreSQL: allocation plans when a product enters limited shipment, findings opened, revised and resolved.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class AllocationFlowTest {

    private static final AtomicInteger NEXT = new AtomicInteger(100);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    /** A product of an ingredient no other test uses. */
    static String freshYj() {
        return String.format("6%06dF1020", 132000 + NEXT.getAndIncrement());
    }

    static String facility(String prefecture, int n) {
        return FacilityCodes.withCheckDigit(String.format("%s4%06d", prefecture, n));
    }

    static void post(String wholesaler, String kind, String facility, String yj, LocalDate day, long units) {
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, wholesaler))
                .contentType("application/json")
                .body(Map.of("facilityCode", facility, "yjCode", yj, "date", day.toString(), "units", units,
                        "unit", "錠"))
                .post("/api/v1/wholesalers/{w}/{kind}", wholesaler, kind)
                .then().statusCode(200);
    }

    static UUID status(String yj, long revision, ShipmentResponse response) throws Exception {
        UUID id = UUID.randomUUID();
        TestEvents.send(TestEvents.supplyStatus(yj, id, new SupplyStatusChanged(yj, revision, response,
                response.isShort() ? ShortageReason.MANUFACTURING_TROUBLE : null, TODAY, Instant.now(), "M0001")));
        return id;
    }

    static void awaitProcessed(UUID id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> TestDatabase.count(
                "select count(*) from processed_event where event_id = ?::uuid", id.toString()) == 1);
    }

    static List<ConsumerRecord<String, String>> published(String topic, String key,
            Predicate<List<ConsumerRecord<String, String>>> enough) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return TopicReader.read(bootstrap, topic, Duration.ofSeconds(30),
                records -> enough.test(records.stream().filter(r -> key.equals(r.key())).toList()))
                .stream().filter(r -> key.equals(r.key())).toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aProductEnteringLimitedShipmentIsAllocatedInProportionToLastYearsPurchases() throws Exception {
        String yj = freshYj();
        String a = facility("13", 1);
        String b = facility("27", 2);
        LocalDate periodStart = TODAY.withDayOfMonth(1);
        LocalDate periodEnd = periodStart.plusMonths(1).minusDays(1);
        DateRange baseline = BaselineWindow.SAME_QUARTER_LAST_YEAR.of(periodStart);
        post("WHS-A", "shipments", a, yj, baseline.start().plusDays(3), 600);
        post("WHS-A", "shipments", b, yj, baseline.start().plusDays(5), 300);
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS-A")).contentType("application/json")
                .body(Map.of("periodStart", periodStart.toString(), "periodEnd", periodEnd.toString(),
                        "supplyUnits", 1000, "unit", "錠"))
                .put("/api/v1/wholesalers/WHS-A/supply/{yj}", yj).then().statusCode(200);
        assertEquals(0, TestDatabase.count("select count(*) from allocation_plan where yj_code = ?", yj),
                "no plan while the product ships normally");

        UUID limited = status(yj, 1, ShipmentResponse.LIMITED_OWN_REASONS);
        List<ConsumerRecord<String, String>> plans = published(AllocationPlanPublished.TOPIC, yj, r -> r.size() >= 1);
        assertEquals(1, plans.size());
        ConsumerRecord<String, String> record = plans.get(0);
        assertEquals(AllocationPlanPublished.TYPE, header(record, CloudEvents.TYPE));
        assertEquals(yj, header(record, CloudEvents.SUBJECT));
        assertEquals("/wholesaler-allocation", header(record, CloudEvents.SOURCE));
        AllocationPlanPublished plan = EventJson.read(record.value(), AllocationPlanPublished.class);
        assertEquals("WHS-A", plan.wholesalerCode());
        assertEquals(1, plan.revision());
        assertEquals(1000, plan.supplyUnits());
        assertEquals("SUPPLY_STATUS_CHANGED", plan.trigger());
        assertEquals("PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR", plan.policy());
        assertEquals(baseline, new DateRange(plan.baselineStart(), plan.baselineEnd()));
        assertEquals(List.of(new AllocationPlanPublished.Line(a, "13", 600, 0, 667, false),
                new AllocationPlanPublished.Line(b, "27", 300, 0, 333, false)), plan.lines());

        // The same event delivered again changes nothing; a shipment in the period uses the quota, without a new plan.
        TestEvents.send(TestEvents.supplyStatus(yj, limited, new SupplyStatusChanged(yj, 1,
                ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.OTHER, TODAY, Instant.now(), "M0001")));
        post("WHS-A", "shipments", a, yj, TODAY, 100);
        awaitProcessed(status(yj, 2, ShipmentResponse.LIMITED_OWN_REASONS));
        assertEquals(1, TestDatabase.count("select count(*) from allocation_plan where yj_code = ?", yj),
                "the same plan is not published twice");

        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, a))
                .get("/api/v1/facilities/{f}/quotas", a)
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].quotaUnits", equalTo(667))
                .body("[0].baselineStart", equalTo(baseline.start().toString()))
                .body("[0].usedUnits", equalTo(100))
                .body("[0].remainingUnits", equalTo(567));
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, b))
                .get("/api/v1/facilities/{f}/quotas", a).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS-A"))
                .get("/api/v1/wholesalers/WHS-A/allocations")
                .then().statusCode(200)
                .body("findAll { it.yjCode == '" + yj + "' }.facilityCode", equalTo(List.of(a, b)));

        // More supply: a new revision of the plan.
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS-A")).contentType("application/json")
                .body(Map.of("periodStart", periodStart.toString(), "periodEnd", periodEnd.toString(),
                        "supplyUnits", 1500, "unit", "錠"))
                .put("/api/v1/wholesalers/WHS-A/supply/{yj}", yj).then().statusCode(200);
        plans = published(AllocationPlanPublished.TOPIC, yj, r -> r.size() >= 2);
        AllocationPlanPublished second = EventJson.read(plans.get(1).value(), AllocationPlanPublished.class);
        assertEquals(2, second.revision());
        assertEquals(List.of(1000L, 500L), second.lines().stream().map(AllocationPlanPublished.Line::quotaUnits).toList());
    }

    @Test
    void surgesAndDuplicateOrdersAreFoundDuringLimitedShipmentAndResolvedWhenItEnds() throws Exception {
        String yj = freshYj();
        String ingredient = yj.substring(0, 7);
        String f = facility("13", 11);
        awaitProcessed(status(yj, 1, ShipmentResponse.LIMITED_OTHER));
        DateRange baseline = BaselineWindow.SAME_QUARTER_LAST_YEAR.of(TODAY.minusDays(27));
        post("WHS-A", "shipments", f, yj, baseline.start().plusDays(1), 920); // about 280-286 per 28 days
        post("WHS-A", "orders", f, yj, TODAY, 200);
        post("WHS-B", "orders", f, yj, TODAY, 150); // 350: about 125%, and from two wholesalers

        List<MaldistributionFinding> opened = findings(ingredient, 2);
        assertEquals(Set.of(MaldistributionRule.ORDER_SURGE, MaldistributionRule.DUPLICATE_ORDERING),
                opened.stream().map(MaldistributionFinding::rule).collect(Collectors.toSet()));
        for (MaldistributionFinding finding : opened) {
            assertEquals(FindingStatus.OPEN, finding.status());
            assertEquals(List.of(f), finding.facilityCodes());
            assertEquals(List.of("WHS-A", "WHS-B"), finding.wholesalerCodes());
            assertEquals(yj, finding.yjCode());
            assertEquals("13", finding.prefectureCode());
        }
        MaldistributionFinding surge = opened.stream().filter(x -> x.rule() == MaldistributionRule.ORDER_SURGE)
                .findFirst().orElseThrow();
        assertEquals(350L, ((Number) surge.evidence().get("orderedUnits")).longValue());
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS-B"))
                .get("/api/v1/wholesalers/WHS-B/findings")
                .then().statusCode(200)
                .body("findAll { it.ingredientKey == '" + ingredient + "' }.rule",
                        hasItem("DUPLICATE_ORDERING"));
        // the regulator's national list counts the facility's findings without naming it
        given().header("Authorization", TestTokens.bearer(Roles.REGULATOR, "MHLW")).queryParam("limit", 500)
                .get("/api/v1/findings")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2))
                .body("items.findAll { it.ingredientKey == '" + ingredient + "' }.finding.rule",
                        containsInAnyOrder("ORDER_SURGE", "DUPLICATE_ORDERING"))
                .body("items.findAll { it.ingredientKey == '" + ingredient + "' }.finding.facilityCount",
                        everyItem(equalTo(1)))
                .body("items.findAll { it.ingredientKey == '" + ingredient + "' }.finding.summaryJa",
                        everyItem(nullValue()))
                .body(not(containsString(f)));
        given().header("Authorization", TestTokens.bearer(Roles.REGULATOR, "MHLW")).queryParam("limit", 0)
                .get("/api/v1/findings")
                .then().statusCode(400).body("errors[0].field", containsString("limit"));

        awaitProcessed(status(yj, 2, ShipmentResponse.NORMAL));
        List<MaldistributionFinding> all = findings(ingredient, 4);
        List<MaldistributionFinding> resolved = all.stream().filter(x -> x.status() == FindingStatus.RESOLVED).toList();
        assertEquals(2, resolved.size());
        resolved.forEach(r -> {
            assertEquals(2, r.revision());
            assertTrue(r.resolvedAt() != null);
        });
        assertEquals(0, TestDatabase.count(
                "select count(*) from finding where ingredient_key = ? and status = 'OPEN'", ingredient));
    }

    @Test
    void cannotObtainReportsFromOnePrefectureAndUnevenStockAreFound() throws Exception {
        String yj = freshYj();
        String ingredient = yj.substring(0, 7);
        for (int i = 1; i <= 3; i++) {
            String reporter = facility("47", 100 + i);
            given().header("Authorization", TestTokens.bearer(Roles.FACILITY, reporter)).contentType("application/json")
                    .body(Map.of("facilityCode", reporter, "yjCode", yj))
                    .post("/api/v1/cannot-obtain-reports").then().statusCode(200);
        }
        MaldistributionFinding cluster = findings(ingredient, 1).get(0);
        assertEquals(MaldistributionRule.CANNOT_OBTAIN_CLUSTER, cluster.rule());
        assertEquals("47", cluster.prefectureCode());
        assertEquals(3, cluster.facilityCodes().size());

        // Tokyo holds 65 days, Okinawa 4: a regional imbalance.
        post("WHS-A", "shipments", facility("13", 201), yj, TODAY.minusDays(3), 2800);
        post("WHS-A", "shipments", facility("47", 202), yj, TODAY.minusDays(3), 2800);
        post("WHS-A", "stock", facility("47", 202), yj, TODAY, 400);
        post("WHS-A", "stock", facility("13", 201), yj, TODAY, 6500);
        MaldistributionFinding imbalance = findings(ingredient, 2).stream()
                .filter(x -> x.rule() == MaldistributionRule.REGIONAL_IMBALANCE).findFirst().orElseThrow();
        assertEquals("47", imbalance.prefectureCode());
        assertEquals(Map.of("13", 65.0, "47", 4.0), imbalance.evidence().get("daysOfSupplyByPrefecture"));

        given().header("Authorization", TestTokens.bearer(Roles.REGULATOR, "MHLW"))
                .get("/api/v1/ingredients/{i}/prefectures", ingredient)
                .then().statusCode(200)
                .body("prefectures.size()", equalTo(47))
                .body("prefectures.'47'.nameJa", equalTo("沖縄県"))
                .body("prefectures.'47'.daysOfSupply", equalTo(4.0f))
                .body("prefectures.'13'.daysOfSupply", equalTo(65.0f))
                .body("prefectures.'47'.openFindings.rule", hasItem("CANNOT_OBTAIN_CLUSTER"))
                .body("prefectures.'01'.daysOfSupply", equalTo(null));

        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops"))
                .post("/api/v1/admin/recomputations/{i}", ingredient)
                .then().statusCode(200)
                .body("ingredientKey", equalTo(ingredient))
                .body("findingsOpen", equalTo(2))
                .body("findingsOpened", equalTo(0));
    }

    /** The finding events published about the ingredient, once at least {@code count} have arrived. */
    static List<MaldistributionFinding> findings(String ingredient, int count) {
        List<ConsumerRecord<String, String>> records = published(MaldistributionFinding.TOPIC, ingredient,
                r -> r.size() >= count);
        assertEquals(count, records.size(), "finding events about " + ingredient);
        records.forEach(r -> {
            assertEquals(MaldistributionFinding.TYPE, header(r, CloudEvents.TYPE));
            MaldistributionFinding f = EventJson.read(r.value(), MaldistributionFinding.class);
            assertEquals(f.findingId().toString(), header(r, CloudEvents.SUBJECT));
        });
        return records.stream().map(r -> EventJson.read(r.value(), MaldistributionFinding.class)).toList();
    }
}
