package org.shortagewatch.allocation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shortagewatch.events.AllocationPlanPublished;

/**
 * A wholesaler's allocation of one product among its customers for a period (出荷調整), in units.
 *
 * <p>The policy, {@value #POLICY}:
 * <ol>
 * <li>Each customer's <b>baseline</b> is what the wholesaler shipped it in the baseline window (by default the same
 * quarter last year). When the wholesaler shipped the product to none of its customers then (a product new to the
 * market or to this wholesaler, or one not sold in that season), the baseline is each customer's recent purchases
 * (the {@code recentDays} days before the period) instead, so the supply is still shared by what customers buy; the
 * plan states the window it used. The guidance cap on a floor then compares recent purchases with themselves, a new
 * customer is one with no recent purchase, and one purchase in the baseline window, however small, keeps it for
 * all.</li>
 * <li>Each customer's <b>therapy floor</b> protects patients already on therapy: {@code therapyFloorShare} of its
 * recent purchase rate (the {@code recentDays} days before the period), over the period's days, rounded up. For a
 * customer with a baseline, that rate counts at most {@code guidanceRatio} times its baseline's daily rate (the
 * published guidance: in a shortage, order no more than 110% of past purchases; the same ratio the order-surge
 * detector judges by), so the over-ordering a shortage sets off in the weeks before the period does not buy a larger
 * floor.</li>
 * <li>If the supply does not cover every floor, the supply is split in proportion to the floors. Otherwise each
 * customer gets its floor, and what is left is split in proportion to the baselines.</li>
 * <li>A <b>new customer</b> (no purchase in the baseline window) has no baseline share. Under
 * {@link NewCustomerPolicy#THERAPY_FLOOR_ONLY} (the default) it keeps its therapy floor, so patients who moved to it
 * are still served; under {@link NewCustomerPolicy#DECLINE} it gets nothing this period.</li>
 * <li>Every split uses {@link LargestRemainder}: whole units that add up exactly to what is split. When no customer
 * has bought the product in either window, there is nothing to share by, and what is left over after the floors stays
 * unallocated.</li>
 * </ol>
 */
public final class Allocator {

    public static final String POLICY = "PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR";

    /** What a new customer (no purchase in the baseline window) gets. */
    public enum NewCustomerPolicy {
        THERAPY_FLOOR_ONLY, DECLINE
    }

    /**
     * @param therapyFloorShare the share of the recent purchase rate protected (0 to 1)
     * @param recentDays how many days before the period measure the recent purchase rate
     * @param guidanceRatio the most of its baseline's daily rate that a customer's recent rate counts for its floor
     */
    public record Policy(double therapyFloorShare, int recentDays, NewCustomerPolicy newCustomers,
            double guidanceRatio) {

        public static final Policy DEFAULT = new Policy(0.5, 28, NewCustomerPolicy.THERAPY_FLOOR_ONLY, 1.10);

        public Policy {
            if (therapyFloorShare < 0 || therapyFloorShare > 1) {
                throw new IllegalArgumentException("therapy floor share " + therapyFloorShare + " is not in 0..1");
            }
            if (recentDays < 1) {
                throw new IllegalArgumentException("recent days must be at least 1");
            }
            if (guidanceRatio < 1) {
                throw new IllegalArgumentException("guidance ratio " + guidanceRatio + " is below 1");
            }
        }

        /** The policy's name as the plan states it. */
        public String name() {
            return newCustomers == NewCustomerPolicy.DECLINE ? POLICY + "_NEW_CUSTOMERS_DECLINED" : POLICY;
        }
    }

    /**
     * One customer of the wholesaler for the product.
     *
     * @param baselineUnits units shipped to it in the baseline window
     * @param recentUnits units shipped to it in the {@code recentDays} days before the period
     */
    public record Customer(String facilityCode, String prefectureCode, long baselineUnits, long recentUnits) {

        /** This customer with its recent purchases as its baseline. */
        Customer recentAsBaseline() {
            return new Customer(facilityCode, prefectureCode, recentUnits, recentUnits);
        }
    }

    /** The plan: one line per customer, sorted by facility code, and the window their baselines were counted in. */
    public record Plan(String policy, DateRange baseline, long supplyUnits, long allocatedUnits,
            List<AllocationPlanPublished.Line> lines) {
    }

    private final Policy policy;

    public Allocator(Policy policy) {
        this.policy = policy;
    }

    /**
     * @param period the allocation's period
     * @param baseline the baseline window the customers' {@code baselineUnits} were counted in
     */
    public Plan allocate(long supplyUnits, DateRange period, DateRange baseline, List<Customer> customers) {
        if (customers.stream().allMatch(c -> c.baselineUnits() == 0)
                && customers.stream().anyMatch(c -> c.recentUnits() > 0)) {
            return allocate(supplyUnits, period, DateRange.daysBefore(period.start(), policy.recentDays()),
                    customers.stream().map(Customer::recentAsBaseline).toList());
        }
        List<Customer> sorted = new ArrayList<>(customers);
        sorted.sort(Comparator.comparing(Customer::facilityCode));
        int n = sorted.size();
        long[] floors = new long[n];
        long[] baselines = new long[n];
        long floorSum = 0;
        for (int i = 0; i < n; i++) {
            Customer c = sorted.get(i);
            boolean isNew = c.baselineUnits() == 0;
            baselines[i] = c.baselineUnits();
            floors[i] = isNew && policy.newCustomers() == NewCustomerPolicy.DECLINE ? 0 : floor(c, period, baseline);
            floorSum += floors[i];
        }
        long[] quotas;
        if (floorSum >= supplyUnits) {
            quotas = LargestRemainder.split(supplyUnits, floors);
        } else {
            long[] shares = LargestRemainder.split(supplyUnits - floorSum, baselines);
            quotas = new long[n];
            for (int i = 0; i < n; i++) {
                quotas[i] = floors[i] + shares[i];
            }
        }
        List<AllocationPlanPublished.Line> lines = new ArrayList<>(n);
        long allocated = 0;
        for (int i = 0; i < n; i++) {
            Customer c = sorted.get(i);
            lines.add(new AllocationPlanPublished.Line(c.facilityCode(), c.prefectureCode(), c.baselineUnits(),
                    floors[i], quotas[i], c.baselineUnits() == 0));
            allocated += quotas[i];
        }
        return new Plan(policy.name(), baseline, supplyUnits, allocated, lines);
    }

    /**
     * The therapy floor: the protected share of the recent daily rate over the period, rounded up; the rate capped
     * by the baseline's when the customer has one (a new customer's recent rate is all there is to go on).
     */
    long floor(Customer c, DateRange period, DateRange baseline) {
        if (c.recentUnits() == 0 || policy.therapyFloorShare() == 0) {
            return 0;
        }
        double units = policy.therapyFloorShare() * c.recentUnits() * period.days() / policy.recentDays();
        if (c.baselineUnits() > 0) {
            units = Math.min(units, policy.therapyFloorShare() * policy.guidanceRatio() * c.baselineUnits()
                    * period.days() / baseline.days());
        }
        return (long) Math.ceil(units - 1e-9);
    }
}
