package org.shortagewatch.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.shortagewatch.allocation.domain.Allocator.Customer;
import org.shortagewatch.allocation.domain.Allocator.NewCustomerPolicy;
import org.shortagewatch.allocation.domain.Allocator.Policy;
import org.shortagewatch.events.AllocationPlanPublished.Line;

class AllocatorTest {

    /** 30 days. */
    static final DateRange DECEMBER_1_TO_30 = new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 30));
    /** The same quarter last year: 92 days. */
    static final DateRange BASELINE = BaselineWindow.SAME_QUARTER_LAST_YEAR.of(DECEMBER_1_TO_30.start());

    static final List<Customer> CUSTOMERS = List.of(
            new Customer("1341234563", "13", 600, 56), // floor 0.5 * 56/28 * 30 = 30
            new Customer("1311234569", "13", 300, 28), // floor 15
            new Customer("2731234569", "27", 100, 0),  // floor 0
            new Customer("4711234569", "47", 0, 28));  // new customer, floor 15

    static long[] quotas(Allocator.Plan plan) {
        return plan.lines().stream().mapToLong(Line::quotaUnits).toArray();
    }

    @Test
    void floorsFirstThenTheRestInProportionToBaseline() {
        Allocator.Plan plan = new Allocator(Policy.DEFAULT).allocate(1000, DECEMBER_1_TO_30, BASELINE, CUSTOMERS);
        // sorted by facility code: 1311234569, 1341234563, 2731234569, 4711234569
        // 940 left after floors 60, split 300:600:100 -> 282, 564, 94
        assertEquals(List.of(new Line("1311234569", "13", 300, 15, 297, false),
                new Line("1341234563", "13", 600, 30, 594, false),
                new Line("2731234569", "27", 100, 0, 94, false),
                new Line("4711234569", "47", 0, 15, 15, true)), plan.lines());
        assertEquals(1000, plan.allocatedUnits());
        assertEquals("PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR", plan.policy());
    }

    @Test
    void aSurgeBeforeThePeriodDoesNotBuyALargerFloorThanTheGuidanceAllows() {
        // baseline 92 units in 92 days (1 a day); 280 bought in the 28 days before the period (10 a day)
        Customer surging = new Customer("1311234569", "13", 92, 280);
        Customer steady = new Customer("1341234563", "13", 92, 28);
        Allocator.Plan plan = new Allocator(Policy.DEFAULT).allocate(40, DECEMBER_1_TO_30, BASELINE,
                List.of(surging, steady));
        // floors: 0.5 * min(10, 1.1 * 1) * 30 = 16.5 -> 17 (not 150); 0.5 * min(1, 1.1) * 30 = 15
        assertEquals(List.of(17L, 15L), plan.lines().stream().map(Line::floorUnits).toList());
        assertArrayEquals(new long[] {21, 19}, quotas(plan), "the 8 left split 1:1 by baseline, largest remainder");
        // a new customer's recent rate is all there is to go on
        assertEquals(List.of(150L), new Allocator(Policy.DEFAULT).allocate(200, DECEMBER_1_TO_30, BASELINE,
                List.of(new Customer("4711234569", "47", 0, 280))).lines().stream().map(Line::floorUnits).toList());
    }

    @Test
    void newCustomersMayBeDeclined() {
        Policy decline = new Policy(0.5, 28, NewCustomerPolicy.DECLINE, 1.10);
        Allocator.Plan plan = new Allocator(decline).allocate(1000, DECEMBER_1_TO_30, BASELINE, CUSTOMERS);
        // floors 15, 30, 0, 0; 955 split 300:600:100 -> 286.5, 573, 95.5: the one unit left goes to the tie's larger weight
        assertArrayEquals(new long[] {302, 603, 95, 0}, quotas(plan));
        assertEquals(1000, plan.allocatedUnits());
        assertEquals("PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR_NEW_CUSTOMERS_DECLINED", plan.policy());
    }

    @Test
    void whenSupplyDoesNotCoverTheFloorsItIsSplitInProportionToThem() {
        Allocator.Plan plan = new Allocator(Policy.DEFAULT).allocate(40, DECEMBER_1_TO_30, BASELINE, CUSTOMERS);
        assertArrayEquals(new long[] {10, 20, 0, 10}, quotas(plan));
    }

    @Test
    void aProductShippedToNobodyInTheBaselineWindowIsSharedByRecentPurchases() {
        // a product new to the wholesaler: nobody bought it in the same quarter last year
        List<Customer> customers = List.of(new Customer("1311234569", "13", 0, 56), // floor 30
                new Customer("1341234563", "13", 0, 28),                             // floor 15
                new Customer("4711234569", "47", 0, 0));                             // ordered, never shipped: floor 0
        Allocator.Plan plan = new Allocator(Policy.DEFAULT).allocate(300, DECEMBER_1_TO_30, BASELINE, customers);
        assertEquals(new DateRange(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 30)), plan.baseline(),
                "the 28 days before the period");
        // 255 left after floors 45, split 56:28:0 -> 170, 85
        assertEquals(List.of(new Line("1311234569", "13", 56, 30, 200, false),
                new Line("1341234563", "13", 28, 15, 100, false),
                new Line("4711234569", "47", 0, 0, 0, true)), plan.lines());
        assertEquals(300, plan.allocatedUnits());
        assertEquals(BASELINE, new Allocator(Policy.DEFAULT).allocate(300, DECEMBER_1_TO_30, BASELINE, CUSTOMERS)
                .baseline(), "anyone with a baseline keeps the window for all");
    }

    @Test
    void declinedNewCustomersOfAProductWithoutABaselineAreThoseWithNoRecentPurchase() {
        Policy decline = new Policy(0.5, 28, NewCustomerPolicy.DECLINE, 1.10);
        Allocator.Plan plan = new Allocator(decline).allocate(300, DECEMBER_1_TO_30, BASELINE, List.of(
                new Customer("1311234569", "13", 0, 56), new Customer("4711234569", "47", 0, 0)));
        assertArrayEquals(new long[] {300, 0}, quotas(plan));
        assertEquals(List.of(false, true), plan.lines().stream().map(Line::newCustomer).toList());
    }

    @Test
    void withNoPurchasesInEitherWindowWhatIsLeftStaysUnallocated() {
        Allocator.Plan plan = new Allocator(Policy.DEFAULT).allocate(100, DECEMBER_1_TO_30, BASELINE,
                List.of(new Customer("4711234569", "47", 0, 0)));
        assertArrayEquals(new long[] {0}, quotas(plan));
        assertEquals(0, plan.allocatedUnits());
        assertEquals(BASELINE, plan.baseline());
    }

    @Test
    void quotasAlwaysAddUpToTheSupplyWhenAnyoneHasBoughtIt() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            boolean newProduct = round % 4 == 0; // nobody bought it in the baseline window
            List<Customer> customers = IntStream.range(0, 1 + random.nextInt(300))
                    .mapToObj(i -> new Customer(String.format("13%08d", i), "13",
                            newProduct || random.nextInt(5) == 0 ? 0 : random.nextInt(10_000), random.nextInt(500)))
                    .toList();
            long supply = random.nextInt(2_000_000);
            Allocator.Plan plan = new Allocator(Policy.DEFAULT).allocate(supply, DECEMBER_1_TO_30, BASELINE, customers);
            boolean anyPurchase = customers.stream().anyMatch(c -> c.baselineUnits() > 0 || c.recentUnits() > 0);
            long floors = plan.lines().stream().mapToLong(Line::floorUnits).sum();
            if (anyPurchase || floors >= supply) {
                assertEquals(supply, plan.allocatedUnits(), "round " + round);
            }
        }
    }

    @Test
    void largestRemainderIsExactAndDeterministic() {
        assertArrayEquals(new long[] {4, 3, 3}, LargestRemainder.split(10, new long[] {1, 1, 1}));
        assertArrayEquals(new long[] {10, 20, 30, 40}, LargestRemainder.split(100, new long[] {1, 2, 3, 4}));
        assertArrayEquals(new long[] {0, 0}, LargestRemainder.split(7, new long[] {0, 0}));
        // 5 split 1:1:2 -> 1.25, 1.25, 2.5: floors 1, 1, 2 and one left for the largest remainder (0.5)
        assertArrayEquals(new long[] {1, 1, 3}, LargestRemainder.split(5, new long[] {1, 1, 2}));
        assertArrayEquals(new long[] {Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2},
                LargestRemainder.split(Long.MAX_VALUE, new long[] {Long.MAX_VALUE, Long.MAX_VALUE}));
    }

    @Test
    void theBaselineIsTheSameQuarterLastYearByDefault() {
        assertEquals(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)),
                BaselineWindow.SAME_QUARTER_LAST_YEAR.of(LocalDate.of(2026, 12, 1)));
        assertEquals(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)),
                BaselineWindow.SAME_QUARTER_LAST_YEAR.of(LocalDate.of(2026, 3, 31)));
        assertEquals(new DateRange(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 11, 30)),
                BaselineWindow.trailingDays(90).of(LocalDate.of(2026, 12, 1)));
        assertEquals(92, BaselineWindow.SAME_QUARTER_LAST_YEAR.of(LocalDate.of(2026, 12, 1)).days());
    }
}
