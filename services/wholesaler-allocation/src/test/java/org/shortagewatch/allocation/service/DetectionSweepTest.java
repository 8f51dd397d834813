package org.shortagewatch.allocation.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.persistence.RecomputationCoordination;
import org.shortagewatch.common.schedule.ScheduledRuns;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Time passes and nobody posts: the scheduled sweep still recomputes the ingredients that need it, resolving a
 * finding whose evidence has aged out of its window and opening one where days of supply drifted apart. "Time
 * passes" is the ingredient's records moved back by as many days; the sweep is called directly (the timer is off in
 * tests).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class DetectionSweepTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Inject
    DetectionSweep sweep;

    @Inject
    RecomputationCoordination store;

    @Inject
    Pool pool;

    @Inject
    ScheduledRuns scheduledRuns;

    @Test
    void aClusterOfReportsThatAgedOutOfItsWindowIsResolvedWithoutAnyPosting() throws Throwable {
        String yj = AllocationFlowTest.freshYj();
        String ingredient = yj.substring(0, 7);
        for (int i = 1; i <= 3; i++) {
            String reporter = AllocationFlowTest.facility("47", 300 + i);
            given().header("Authorization", TestTokens.bearer(Roles.FACILITY, reporter)).contentType("application/json")
                    .body(Map.of("facilityCode", reporter, "yjCode", yj))
                    .post("/api/v1/cannot-obtain-reports").then().statusCode(200);
        }
        assertEquals(1, openFindings(ingredient, MaldistributionRule.CANNOT_OBTAIN_CLUSTER));
        assertTrue(needingRecomputation().contains(ingredient), "an open finding: the sweep recomputes it");

        daysPass("update cannot_obtain_report set reported_on = reported_on - 20 where ingredient_key = ?", ingredient);
        assertEquals(1, openFindings(ingredient, MaldistributionRule.CANNOT_OBTAIN_CLUSTER), "nothing happens by itself");

        DetectionSweep.Summary summary = VertxContextSupport.subscribeAndAwait(() -> sweep.sweep());

        assertEquals(0, openFindings(ingredient, MaldistributionRule.CANNOT_OBTAIN_CLUSTER));
        assertEquals(1, TestDatabase.count("select count(*) from finding where ingredient_key = ? and status = 'RESOLVED' "
                + "and rule = 'CANNOT_OBTAIN_CLUSTER' and revision = 2", ingredient));
        assertEquals(0, summary.failed());
        assertTrue(summary.recomputed() >= 1 && summary.findingsResolved() >= 1, summary::toString);
        List<MaldistributionFinding> events = AllocationFlowTest.findings(ingredient, 2);
        assertEquals(List.of(FindingStatus.OPEN, FindingStatus.RESOLVED),
                events.stream().map(MaldistributionFinding::status).toList());
        assertFalse(needingRecomputation().contains(ingredient),
                "no open finding and no product in limited shipment: the next sweep leaves it alone");
    }

    @Test
    void daysOfSupplyThatDriftApartOpenARegionalImbalanceWithoutAnyPosting() throws Throwable {
        String yj = AllocationFlowTest.freshYj();
        String ingredient = yj.substring(0, 7);
        AllocationFlowTest.awaitProcessed(AllocationFlowTest.status(yj, 1, ShipmentResponse.LIMITED_OWN_REASONS));
        String tokyo = AllocationFlowTest.facility("13", 401);
        String okinawa = AllocationFlowTest.facility("47", 402);
        // Tokyo: 2,800 shipped in 28 days, 3,000 in stock: 30 days. Okinawa: 2,800 shipped, 100 in stock: 1 day.
        AllocationFlowTest.post("WHS-A", "shipments", tokyo, yj, TODAY.minusDays(20), 2100);
        AllocationFlowTest.post("WHS-A", "shipments", tokyo, yj, TODAY.minusDays(1), 700);
        AllocationFlowTest.post("WHS-A", "shipments", okinawa, yj, TODAY.minusDays(1), 2800);
        AllocationFlowTest.post("WHS-A", "stock", tokyo, yj, TODAY, 3000);
        AllocationFlowTest.post("WHS-A", "stock", okinawa, yj, TODAY, 100);
        assertEquals(0, openFindings(ingredient, MaldistributionRule.REGIONAL_IMBALANCE),
                "Okinawa is low, but nobody holds too much");

        // Ten days later Tokyo's large shipment has left the window: its stock lasts 120 days, Okinawa's still 1.
        daysPass("update wholesaler_record set day = day - 10 where ingredient_key = ?", ingredient);
        assertTrue(needingRecomputation().contains(ingredient), "a product in limited shipment: the sweep recomputes it");
        assertEquals(0, openFindings(ingredient, MaldistributionRule.REGIONAL_IMBALANCE), "nothing happens by itself");

        DetectionSweep.Summary summary = VertxContextSupport.subscribeAndAwait(() -> sweep.sweep());

        assertEquals(1, openFindings(ingredient, MaldistributionRule.REGIONAL_IMBALANCE));
        assertTrue(summary.findingsOpened() >= 1, summary::toString);
        MaldistributionFinding imbalance = AllocationFlowTest.findings(ingredient, 1).get(0);
        assertEquals(MaldistributionRule.REGIONAL_IMBALANCE, imbalance.rule());
        assertEquals("47", imbalance.prefectureCode());
        assertEquals(Map.of("13", 120.0, "47", 1.0), imbalance.evidence().get("daysOfSupplyByPrefecture"));

        // A second sweep finds nothing new: the finding stays as it is, and nobody is told again.
        VertxContextSupport.subscribeAndAwait(() -> sweep.sweep());
        assertEquals(1, TestDatabase.count("select count(*) from finding where ingredient_key = ? and revision = 1",
                ingredient));
    }

    /**
     * Every instance's timer fires; one claim per period wins, whichever instance makes it, and once the period has
     * passed (or the instance that claimed it died) the next claim wins again. Two claimers here stand for two
     * instances: they share nothing but the database.
     */
    @Test
    void aPeriodicJobRunsOncePerPeriodAcrossInstances() throws Throwable {
        String job = "sweep-" + System.nanoTime();
        Duration period = Duration.ofMillis(700);
        AtomicInteger runs = new AtomicInteger();
        List<Boolean> claimed = VertxContextSupport.subscribeAndAwait(() -> Uni.join().all(
                        scheduledRuns.once(job, period, () -> Uni.createFrom().item(runs.incrementAndGet() > 0)),
                        scheduledRuns.once(job, period, () -> Uni.createFrom().item(runs.incrementAndGet() > 0)))
                .andCollectFailures());
        assertEquals(1, runs.get(), "two instances at once: one runs the job, " + claimed);
        assertFalse(VertxContextSupport.subscribeAndAwait(() -> scheduledRuns.claim(job, period)), "within the period");
        Thread.sleep(period.toMillis() + 100);
        assertTrue(VertxContextSupport.subscribeAndAwait(() -> scheduledRuns.claim(job, period)), "after the period");
    }

    private List<String> needingRecomputation() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> store.needingRecomputation(pool));
    }

    private static long openFindings(String ingredient, MaldistributionRule rule) throws Exception {
        return TestDatabase.count("select count(*) from finding where ingredient_key = ? and rule = ? and status = 'OPEN'",
                ingredient, rule.name());
    }

    /** Moves the ingredient's records back in time: to the detectors, as if that many days had passed. */
    private static void daysPass(String update, String ingredient) throws Exception {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(update)) {
            s.setString(1, ingredient);
            assertTrue(s.executeUpdate() > 0);
        }
    }
}
