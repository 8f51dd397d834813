package org.shortagewatch.notification.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.domain.WholesalerAlert;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Maldistribution findings reach the facilities and wholesalers they concern; an allocation plan tells each facility
 * its own quota only, and the wholesaler its plan; a redelivered event or an older revision notifies nobody again.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class WholesalerEventsTest {

    static void send(String topic, String key, UUID id, String type, Object event) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, EventJson.write(event));
        for (Map.Entry<String, String> h : Map.of(CloudEvents.SPEC_VERSION, "1.0", CloudEvents.ID, id.toString(),
                CloudEvents.TYPE, type, CloudEvents.SOURCE, "/wholesaler-allocation", CloudEvents.TIME,
                Instant.now().toString(), CloudEvents.SUBJECT, key).entrySet()) {
            record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
        }
        TestEvents.send(record);
    }

    static MaldistributionFinding finding(UUID findingId, long revision, FindingStatus status, String ing,
            List<String> facilities, List<String> wholesalers) {
        return new MaldistributionFinding(findingId, revision, MaldistributionRule.DUPLICATE_ORDERING, status, ing,
                ing + "F1022", "13", facilities, wholesalers, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                "同一の医療機関が複数の卸売業者に同じ製品を発注しています。", "The same facility ordered the product from several wholesalers.",
                Map.of("wholesalers", 3), Instant.now(), status == FindingStatus.RESOLVED ? Instant.now() : null);
    }

    static long rows(UUID cause, String recipient) throws Exception {
        return TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and recipient = ?",
                cause.toString(), recipient);
    }

    @Test
    void aFindingReachesTheFacilitiesAndWholesalersItConcernsOnce() throws Exception {
        String ing = MatchingTest.ingredient();
        String facility = MatchingTest.facility();
        MatchingTest.master(ing + "F1022", "MFR777", null, 1);
        UUID findingId = UUID.randomUUID();
        UUID opened = UUID.randomUUID();
        MaldistributionFinding f = finding(findingId, 2, FindingStatus.OPEN, ing, List.of(facility), List.of("WHS777"));
        send(MaldistributionFinding.TOPIC, ing, opened, MaldistributionFinding.TYPE, f);
        send(MaldistributionFinding.TOPIC, ing, opened, MaldistributionFinding.TYPE, f); // redelivered
        await().atMost(Duration.ofSeconds(90)).until(() -> rows(opened, "WHS777") == 2);
        UUID toFacility = WholesalerAlert.toFacilityCause(opened);
        assertEquals(2, rows(toFacility, facility), "inbox and SSE, in the facility's own words");
        assertEquals(0, rows(opened, facility));
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS777"))
                .when().get("/api/v1/inbox/WHS777").then().statusCode(200)
                .body("[0].kind", equalTo("MALDISTRIBUTION"))
                .body("[0].payload.data.messageJa", equalTo("医療機関" + facility + "がテスト錠［" + ing + "F1022］を1社の卸売業者"
                        + "（WHS777）に重複して発注しています（2026年11月1日〜2026年11月30日）。"));
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .when().get("/api/v1/inbox/{r}", facility).then().statusCode(200)
                .body("[0].payload.data.messageJa", startsWith("貴施設がテスト錠［" + ing + "F1022］を1社の卸売業者"));

        UUID older = UUID.randomUUID();
        send(MaldistributionFinding.TOPIC, ing, older, MaldistributionFinding.TYPE,
                finding(findingId, 1, FindingStatus.RESOLVED, ing, List.of(facility), List.of("WHS777")));
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "select count(*) from processed_event where event_id = ?::uuid", older.toString()) == 1);
        assertEquals(0, rows(WholesalerAlert.toFacilityCause(older), facility), "revision 1 after 2: nobody notified");
        assertEquals(2, rows(toFacility, facility), "still once");
    }

    @Test
    void aFindingAboutAnIngredientNamesItAsTheProductMasterDoes() throws Exception {
        String ing = MatchingTest.ingredient();
        MatchingTest.master(ing + "F1030", "MFR779", null, 1);
        UUID cluster = UUID.randomUUID();
        send(MaldistributionFinding.TOPIC, ing, cluster, MaldistributionFinding.TYPE, new MaldistributionFinding(
                UUID.randomUUID(), 1, MaldistributionRule.CANNOT_OBTAIN_CLUSTER, FindingStatus.OPEN, ing, null, "13",
                List.of(), List.of("WHS779"), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 30),
                "東京都で14日間に3施設が成分" + ing + "の入手困難を報告しています。", "3 facilities in Tokyo ...",
                Map.of("facilityCount", 3, "windowDays", 14), Instant.now(), null));
        await().atMost(Duration.ofSeconds(90)).until(() -> rows(cluster, "WHS779") == 2);
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS779"))
                .when().get("/api/v1/inbox/WHS779").then().statusCode(200)
                .body("[0].payload.data.messageJa", equalTo("東京都で14日間に3施設がテスト成分［" + ing
                        + "］の入手困難を報告しています。"));
    }

    @Test
    void anAllocationPlanTellsEachFacilityItsOwnQuotaOnly() throws Exception {
        String yj = MatchingTest.ingredient() + "F1022";
        String a = MatchingTest.facility();
        String b = MatchingTest.facility();
        UUID plan = UUID.randomUUID();
        send(AllocationPlanPublished.TOPIC, yj, plan, AllocationPlanPublished.TYPE, new AllocationPlanPublished(
                UUID.randomUUID(), yj, "WHS778", 1, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), 1000,
                "PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR", null, null, "SUPPLY_STATUS_CHANGED",
                List.of(new AllocationPlanPublished.Line(a, "13", 600, 100, 600, false),
                        new AllocationPlanPublished.Line(b, "13", 400, 50, 400, false)),
                Instant.now()));
        await().atMost(Duration.ofSeconds(90)).until(() -> rows(plan, "WHS778") == 2);
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, a))
                .when().get("/api/v1/inbox/{r}", a).then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].kind", equalTo("ALLOCATION"))
                .body("[0].detail.facilityCode", equalTo(a))
                .body("[0].detail.quotaUnits", equalTo(600));
        String inboxOfA = given().header("Authorization", TestTokens.bearer(Roles.FACILITY, a))
                .when().get("/api/v1/inbox/{r}", a).then().extract().asString();
        assertEquals(-1, inboxOfA.indexOf(b), "nothing of the other facility's line");
        assertEquals(0, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and channel = 'EMAIL'",
                plan.toString()));
    }

    @Test
    void aPlanAndAFindingNameTheWholesalersTheEventNamesInTheirWords() throws Exception {
        String ing = MatchingTest.ingredient();
        String yj = ing + "F1022";
        String facility = MatchingTest.facility();
        MatchingTest.master(yj, "MFR780", null, 1);
        UUID plan = UUID.randomUUID();
        send(AllocationPlanPublished.TOPIC, yj, plan, AllocationPlanPublished.TYPE, new AllocationPlanPublished(
                UUID.randomUUID(), yj, "WHS780", 1, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), 1000,
                "PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR", null, null, "SUPPLY_STATUS_CHANGED",
                List.of(new AllocationPlanPublished.Line(facility, "13", 600, 100, 600, false)), Instant.now())
                .namingWholesaler("架空薬品販売株式会社"));
        await().atMost(Duration.ofSeconds(90)).until(() -> rows(plan, "WHS780") == 2);
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .when().get("/api/v1/inbox/{r}", facility).then().statusCode(200)
                .body("[0].payload.data.wholesalerCode", equalTo("WHS780"))
                .body("[0].payload.data.wholesalerName", equalTo("架空薬品販売株式会社"))
                .body("[0].payload.data.messageJa",
                        startsWith("卸売業者 架空薬品販売株式会社［WHS780］がテスト錠［" + yj + "］の"))
                .body("[0].payload.data.messageEn", startsWith("Wholesaler 架空薬品販売株式会社 [WHS780] allocated "));

        UUID opened = UUID.randomUUID();
        send(MaldistributionFinding.TOPIC, ing, opened, MaldistributionFinding.TYPE,
                finding(UUID.randomUUID(), 1, FindingStatus.OPEN, ing, List.of(facility), List.of("WHS780", "WHS781"))
                        .namingWholesalers(Map.of("WHS780", "架空薬品販売株式会社")));
        await().atMost(Duration.ofSeconds(90)).until(() -> rows(opened, "WHS781") == 2);
        given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, "WHS781"))
                .when().get("/api/v1/inbox/WHS781").then().statusCode(200)
                .body("[0].payload.data.wholesalerNames.WHS780", equalTo("架空薬品販売株式会社"))
                .body("[0].payload.data.messageJa", equalTo("医療機関" + facility + "がテスト錠［" + yj + "］を2社の卸売業者"
                        + "（架空薬品販売株式会社［WHS780］、WHS781）に重複して発注しています（2026年11月1日〜2026年11月30日）。"));
    }
}
