package org.shortagewatch.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.CannotObtainClusterDetector.Report;
import org.shortagewatch.allocation.domain.OrderSurgeDetector.Demand;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply;
import org.shortagewatch.events.FindingStatus;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;

/** Each detector on constructed data whose answer is known. */
class DetectorsTest {

    static final String YJ = "2456001F1310";
    static final String OTHER_BRAND = "2456001F2023";
    static final String INGREDIENT = "2456001";
    /** 28 days. */
    static final DateRange WINDOW = new DateRange(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 1));
    /** 92 days: the same quarter last year. */
    static final DateRange BASELINE = new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
    /** The 28 days before the window. */
    static final DateRange RECENT = DateRange.daysBefore(WINDOW.start(), 28);

    @Test
    void anOrderSurgeIsOrderingAboveTheBaselineByMoreThanTheGuideline() {
        // baseline 920 units in 92 days = 10 a day = 280 for the 28-day window; 110% is 308
        List<Demand> demand = List.of(
                new Demand("1341234563", "13", YJ, "WHS001", 920, 0, 300, null), // 107%: within the guideline
                new Demand("1311234569", "13", YJ, "WHS001", 920, 0, 200, null), // with the next line 350 = 125%: a surge
                new Demand("1311234569", "13", YJ, "WHS002", 0, 0, 150, null),
                new Demand("2731234569", "27", YJ, "WHS001", 0, 0, 500, null),   // new customer: nothing to surge above
                new Demand("4711234569", "47", OTHER_BRAND, "WHS001", 92, 0, 900, null)); // not in limited shipment
        List<Detection> found = new OrderSurgeDetector(Thresholds.DEFAULT).detect(INGREDIENT, demand, Set.of(YJ),
                WINDOW, BASELINE, RECENT);
        assertEquals(1, found.size());
        Detection surge = found.get(0);
        assertEquals(MaldistributionRule.ORDER_SURGE, surge.rule());
        assertEquals(List.of("1311234569"), surge.facilityCodes());
        assertEquals(List.of("WHS001", "WHS002"), surge.wholesalerCodes());
        assertEquals("13", surge.prefectureCode());
        assertEquals(YJ, surge.yjCode());
        assertEquals(920L, surge.evidence().get("baselineUnits"));
        assertEquals(350L, surge.evidence().get("orderedUnits"));
        assertEquals(280.0, surge.evidence().get("expectedUnits"));
        assertEquals(1.25, surge.evidence().get("ratio"));
        assertEquals(1.10, surge.evidence().get("threshold"));
        assertTrue(surge.summaryEn().contains("125%"), surge.summaryEn());
        assertTrue(surge.summaryJa().contains("125%"), surge.summaryJa());
    }

    @Test
    void aFacilityWithoutPurchasesInTheBaselineWindowIsJudgedByItsPurchasesJustBefore() {
        List<Demand> demand = List.of(
                new Demand("1341234563", "13", YJ, "WHS001", 0, 200, 300, null),  // 150% of the 28 days before: a surge
                new Demand("1311234569", "13", YJ, "WHS001", 0, 280, 300, null),  // 107%: within the guideline
                new Demand("2731234569", "27", YJ, "WHS001", 92, 900, 300, null)); // its baseline counts, not the recent
        List<Detection> found = new OrderSurgeDetector(Thresholds.DEFAULT).detect(INGREDIENT, demand, Set.of(YJ),
                WINDOW, BASELINE, RECENT);
        assertEquals(2, found.size());
        Detection surge = found.get(0);
        assertEquals(List.of("1341234563"), surge.facilityCodes());
        assertEquals(200L, surge.evidence().get("baselineUnits"));
        assertEquals(200.0, surge.evidence().get("expectedUnits"));
        assertEquals(RECENT.start().toString(), surge.evidence().get("baselineWindowStart"));
        assertEquals(RECENT.end().toString(), surge.evidence().get("baselineWindowEnd"));
        assertTrue(surge.summaryJa().contains("（300単位）が、直前28日間の購入から見込まれる量（約200単位）の150%"),
                surge.summaryJa());
        assertTrue(surge.summaryEn().contains("its purchases in the 28 days before"), surge.summaryEn());
        assertEquals(List.of("2731234569"), found.get(1).facilityCodes());
        assertEquals(BASELINE.start().toString(), found.get(1).evidence().get("baselineWindowStart"));
    }

    @Test
    void aSurgeGivesQuantitiesInWholeUnitsOfWhatTheProductIsCountedIn() {
        List<Demand> demand = List.of(new Demand("1341234563", "13", YJ, "WHS001", 920, 0, 350, "錠"));
        Detection surge = new OrderSurgeDetector(Thresholds.DEFAULT).detect(INGREDIENT, demand, Set.of(YJ), WINDOW,
                BASELINE, RECENT).get(0);
        assertEquals("錠", surge.evidence().get("unit"));
        assertEquals("限定出荷中の" + YJ + "について、医療機関1341234563の注文（350錠）が、過去の購入から見込まれる量（約280錠）"
                + "の125%で、目安の110%を超えています。", surge.summaryJa());
        assertTrue(surge.summaryEn().contains("ordered 350 錠 of " + YJ + ", 125% of what its purchases lead one to "
                + "expect over as many days (about 280 錠; guideline: 110%)"), surge.summaryEn());
        assertEquals("約12錠", OrderSurgeDetector.aboutJa(12.4, "錠"));
        assertEquals("約13mL", OrderSurgeDetector.aboutJa(12.5, "mL"));
        assertEquals("1単位未満", OrderSurgeDetector.aboutJa(0.4, "単位"));
        assertEquals("about 280 units", OrderSurgeDetector.aboutEn(279.6, "units"));
    }

    @Test
    void theSurgeThresholdIsConfigurable() {
        Thresholds strict = new Thresholds(1.05, 1, 2, 28, 7, 60, 28, 3, 14);
        List<Demand> demand = List.of(new Demand("1341234563", "13", YJ, "WHS001", 920, 0, 300, null)); // 107%
        assertEquals(1, new OrderSurgeDetector(strict).detect(INGREDIENT, demand, Set.of(YJ), WINDOW, BASELINE, RECENT).size());
    }

    @Test
    void duplicateOrderingIsOneFacilityOrderingFromSeveralWholesalers() {
        List<Demand> demand = List.of(
                new Demand("1341234563", "13", YJ, "WHS001", 0, 0, 10, null),
                new Demand("1341234563", "13", YJ, "WHS002", 0, 0, 20, null),
                new Demand("1341234563", "13", YJ, "WHS003", 50, 0, 0, null),    // no order from WHS003 in the window
                new Demand("1311234569", "13", YJ, "WHS001", 0, 0, 10, null),    // one wholesaler: fine
                new Demand("2731234569", "27", OTHER_BRAND, "WHS001", 0, 0, 10, null), // not short
                new Demand("2731234569", "27", OTHER_BRAND, "WHS002", 0, 0, 10, null));
        List<Detection> found = new DuplicateOrderingDetector(Thresholds.DEFAULT).detect(INGREDIENT, demand,
                Set.of(YJ), WINDOW);
        assertEquals(1, found.size());
        assertEquals(List.of("1341234563"), found.get(0).facilityCodes());
        assertEquals(List.of("WHS001", "WHS002"), found.get(0).wholesalerCodes());
        assertEquals(2, found.get(0).evidence().get("wholesalerCount"));
        assertEquals(Map.of("WHS001", 10L, "WHS002", 20L), found.get(0).evidence().get("orderedUnitsByWholesaler"));
    }

    @Test
    void aRegionalImbalanceIsOnePrefectureUnderTheLowThresholdWhileAnotherHoldsOverTheHighOne() {
        List<PrefectureSupply> supply = List.of(
                new PrefectureSupply("13", 6500, 2800, 28, Set.of("WHS001")), // 65 days
                new PrefectureSupply("27", 3000, 2800, 28, Set.of("WHS002")), // 30 days
                new PrefectureSupply("47", 400, 2800, 28, Set.of("WHS003")),  // 4 days
                new PrefectureSupply("01", 900, 0, 28, Set.of("WHS004")));    // no consumption: no rate
        List<Detection> found = new RegionalImbalanceDetector(Thresholds.DEFAULT).detect(INGREDIENT, supply, WINDOW);
        assertEquals(1, found.size());
        Detection d = found.get(0);
        assertEquals("47", d.prefectureCode());
        assertEquals(Map.of("13", 65.0, "27", 30.0, "47", 4.0), d.evidence().get("daysOfSupplyByPrefecture"));
        assertEquals(List.of("47"), d.evidence().get("lowPrefectures"));
        assertEquals(List.of("13"), d.evidence().get("highPrefectures"));
        assertEquals(List.of("WHS001"), d.wholesalerCodes(), "those holding the stock where it piles up");
        assertTrue(d.summaryJa().contains("沖縄県") && d.summaryJa().contains("東京都"), d.summaryJa());

        List<PrefectureSupply> even = List.of(new PrefectureSupply("13", 1000, 2800, 28, Set.of("WHS001")),
                new PrefectureSupply("47", 400, 2800, 28, Set.of("WHS003")));
        assertEquals(List.of(), new RegionalImbalanceDetector(Thresholds.DEFAULT).detect(INGREDIENT, even, WINDOW));

        // shipments to a prefecture where no wholesaler reported stock: unknown stock, not 0 days, so no finding
        List<PrefectureSupply> unknown = List.of(new PrefectureSupply("13", 6500, 2800, 28, Set.of("WHS001")),
                new PrefectureSupply("47", 0, 2800, 28, Set.of()));
        assertEquals(List.of(), new RegionalImbalanceDetector(Thresholds.DEFAULT).detect(INGREDIENT, unknown, WINDOW));
    }

    @Test
    void daysOfSupplyNeverAddTabletsToMillilitres() {
        // Okinawa: 2.8 days of tablets at 100 facilities, 280 days of a syrup at one. Added up as units, the
        // millilitres would swamp the tablets (255 days, nothing short); averaged over the facilities, 5.5 days.
        PrefectureSupply okinawa = new PrefectureSupply("47", List.of(
                new RegionalImbalanceDetector.UnitSupply("錠", 280L, 2800, 100),
                new RegionalImbalanceDetector.UnitSupply("mL", 280_000L, 28_000, 1)), 28, Set.of("WHS003"));
        assertEquals(560.0 / 101, okinawa.daysOfSupply().getAsDouble(), 1e-9);
        assertTrue(!okinawa.oneUnit());
        PrefectureSupply tokyo = new PrefectureSupply("13", List.of(
                new RegionalImbalanceDetector.UnitSupply("錠", 65_000L, 2800, 10),
                new RegionalImbalanceDetector.UnitSupply("mL", 500L, 0, 0)), 28, Set.of("WHS001"));
        assertEquals(650.0, tokyo.daysOfSupply().getAsDouble(), 1e-9, "a unit not shipped has no rate: left out");
        List<Detection> found = new RegionalImbalanceDetector(Thresholds.DEFAULT).detect(INGREDIENT,
                List.of(okinawa, tokyo), WINDOW);
        assertEquals(1, found.size());
        assertEquals("47", found.get(0).prefectureCode());
        assertEquals(Map.of("13", 650.0, "47", 5.5), found.get(0).evidence().get("daysOfSupplyByPrefecture"));
    }

    @Test
    void aClusterIsEnoughFacilitiesOfOnePrefectureReportingCannotObtain() {
        List<Report> reports = List.of(
                new Report("4711234569", "47", YJ, 2, Set.of("WHS001")),
                new Report("4711234577", "47", OTHER_BRAND, 1, Set.of("WHS002")),
                new Report("4741234563", "47", YJ, 1, Set.of()),
                new Report("1341234563", "13", YJ, 5, Set.of("WHS001")), // one facility, however often: no cluster
                new Report("1311234569", "13", YJ, 1, Set.of()));
        List<Detection> found = new CannotObtainClusterDetector(Thresholds.DEFAULT).detect(INGREDIENT, reports, WINDOW);
        assertEquals(1, found.size());
        Detection d = found.get(0);
        assertEquals("47", d.prefectureCode());
        assertEquals(List.of("4711234569", "4711234577", "4741234563"), d.facilityCodes());
        assertEquals(List.of("WHS001", "WHS002"), d.wholesalerCodes());
        assertEquals(3, d.evidence().get("facilityCount"));
        assertEquals(4, d.evidence().get("reportCount"));
        assertEquals(Map.of(YJ, 3, OTHER_BRAND, 1), d.evidence().get("reportsByProduct"));
    }

    @Test
    void findingsOpenChangeOnlyWhenMaterialAndResolve() {
        Instant t0 = Instant.parse("2026-12-01T00:00:00Z");
        Detection cluster = cluster(List.of("4711234569", "4711234577", "4741234563"));
        UUID id = UUID.randomUUID();
        List<FindingReconciler.Change> opened = FindingReconciler.reconcile(List.of(), List.of(cluster), t0, () -> id);
        assertEquals(1, opened.size());
        MaldistributionFinding first = opened.get(0).event();
        assertEquals(id, first.findingId());
        assertEquals(1, first.revision());
        assertEquals(FindingStatus.OPEN, first.status());

        FindingReconciler.OpenFinding stored = new FindingReconciler.OpenFinding(id, cluster.rule(),
                cluster.subjectKey(), 1, cluster.fingerprint(), t0, first);
        assertEquals(List.of(), FindingReconciler.reconcile(List.of(stored), List.of(cluster), t0.plusSeconds(60),
                UUID::randomUUID), "found again unchanged: no event");

        Detection grown = cluster(List.of("4711234569", "4711234577", "4741234563", "4741234571"));
        MaldistributionFinding revised = FindingReconciler.reconcile(List.of(stored), List.of(grown),
                t0.plusSeconds(60), UUID::randomUUID).get(0).event();
        assertEquals(id, revised.findingId());
        assertEquals(2, revised.revision());
        assertEquals(4, revised.facilityCodes().size());
        assertEquals(t0, revised.detectedAt());

        MaldistributionFinding resolved = FindingReconciler.reconcile(List.of(stored), List.of(), t0.plusSeconds(120),
                UUID::randomUUID).get(0).event();
        assertEquals(FindingStatus.RESOLVED, resolved.status());
        assertEquals(2, resolved.revision());
        assertEquals(t0.plusSeconds(120), resolved.resolvedAt());
        assertEquals(first.facilityCodes(), resolved.facilityCodes(), "the resolution goes to those told of it");
    }

    private static Detection cluster(List<String> facilities) {
        return new Detection(MaldistributionRule.CANNOT_OBTAIN_CLUSTER, "47", INGREDIENT, null, "47", facilities,
                List.of(), WINDOW, "集中", "Cluster", Map.of("facilityCount", facilities.size()),
                String.join(",", facilities));
    }
}
