package org.shortagewatch.allocation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply;
import org.shortagewatch.allocation.persistence.ViewQueries.FindingSummary;
import org.shortagewatch.events.MaldistributionRule;

class IngredientMapTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 28);
    private static final DateRange WINDOW = DateRange.endingOn(TODAY, 28);

    private static FindingSummary finding(MaldistributionRule rule, String prefectureCode) {
        return new FindingSummary(UUID.randomUUID(), rule, prefectureCode, null, 1, null, null, 3);
    }

    @Test
    void everyPrefectureIsPresentWithItsSupplyAndFindings() {
        FindingSummary tokyo = finding(MaldistributionRule.CANNOT_OBTAIN_CLUSTER, "13");
        FindingSummary nationwide = finding(MaldistributionRule.REGIONAL_IMBALANCE, null);
        IngredientMap map = IngredientMap.of("2456001", TODAY, WINDOW,
                List.of(new PrefectureSupply("13", 100, 30, 28, Set.of("W1")),
                        new PrefectureSupply("47", 50, 0, 28, Set.of("W2")),
                        new PrefectureSupply("27", 0, 40, 28, Set.of())),
                List.of(tokyo, nationwide));

        assertEquals(47, map.prefectures().size());
        assertEquals("01", map.prefectures().keySet().iterator().next());
        assertEquals(WINDOW.start(), map.consumptionFrom());
        assertEquals(TODAY, map.consumptionTo());
        IngredientMap.PrefectureView t = map.prefectures().get("13");
        assertEquals("東京都", t.nameJa());
        assertEquals(100, t.stockUnits());
        assertEquals(93.3, t.daysOfSupply(), "100 units over 30 shipped in 28 days, to a tenth of a day");
        assertEquals(List.of(tokyo), t.openFindings());
        assertNull(map.prefectures().get("47").daysOfSupply(), "nothing shipped: no rate to divide by");
        assertNull(map.prefectures().get("01").stockUnits(), "nothing read about it: no figure, not 0");
        assertNull(map.prefectures().get("01").shippedUnits());
        IngredientMap.PrefectureView osaka = map.prefectures().get("27");
        assertNull(osaka.stockUnits(), "shipped to, but no wholesaler reported stock: unknown, not 0");
        assertEquals(40, osaka.shippedUnits());
        assertNull(osaka.daysOfSupply(), "no stock figure: no days of supply (it would read as 0 days)");
        assertEquals(List.of(), map.prefectures().get("01").openFindings());
        assertEquals(List.of(nationwide), map.nationwide());
    }

    @Test
    void unitsOfDifferentKindsAreNotAddedUp() {
        IngredientMap map = IngredientMap.of("2234001", TODAY, WINDOW, List.of(new PrefectureSupply("13", List.of(
                new RegionalImbalanceDetector.UnitSupply("錠", 280L, 2800, 10),
                new RegionalImbalanceDetector.UnitSupply("mL", 280_000L, 28_000, 1)), 28, Set.of("W1"))), List.of());
        IngredientMap.PrefectureView tokyo = map.prefectures().get("13");
        assertNull(tokyo.stockUnits(), "tablets and millilitres make no sum");
        assertNull(tokyo.shippedUnits());
        assertEquals(28.0, tokyo.daysOfSupply(), "2.8 days of tablets at 10 facilities, 280 of syrup at one");
    }
}
