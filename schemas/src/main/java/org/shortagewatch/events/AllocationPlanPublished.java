package org.shortagewatch.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A wholesaler's allocation (出荷調整) of one product among its customers for a period (schema
 * {@code allocation-plan.v1.json}). Published by wholesaler-allocation; record key and CloudEvents subject = {@code yjCode}.
 *
 * @param planId this computation of the plan
 * @param yjCode the product
 * @param wholesalerCode the wholesaler whose customers it allocates to
 * @param wholesalerName the wholesaler's name in allocation's registry when the plan was written; absent when the
 *        registry does not name it (and in plans published before the name was carried)
 * @param revision position in the (yjCode, wholesalerCode) history, from 1; consumers ignore revisions they have passed
 * @param periodStart first day of the period
 * @param periodEnd last day of the period
 * @param supplyUnits the units allocated: the wholesaler's quota from the manufacturer, or the supply it has
 * @param policy the policy's name, e.g. {@code PROPORTIONAL_TO_BASELINE_WITH_THERAPY_FLOOR}
 * @param baselineStart first day of the window the lines' {@code baselineUnits} were counted in: by default the same
 *        quarter last year, or the days just before the period for a product the wholesaler did not ship then; absent
 *        in plans published before the window was stated
 * @param baselineEnd last day of that window
 * @param trigger why it was (re)computed
 * @param lines one per customer facility (a consumer shows each facility its own line only)
 * @param computedAt when it was computed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocationPlanPublished(
        UUID planId,
        String yjCode,
        String wholesalerCode,
        String wholesalerName,
        long revision,
        LocalDate periodStart,
        LocalDate periodEnd,
        long supplyUnits,
        String policy,
        LocalDate baselineStart,
        LocalDate baselineEnd,
        String trigger,
        List<Line> lines,
        Instant computedAt) {

    /** CloudEvents {@code type}. */
    public static final String TYPE = "org.shortagewatch.allocation.plan.v1";
    /** The Kafka topic. */
    public static final String TOPIC = "allocation";
    /** The JSON Schema, as a class-path resource. */
    public static final String SCHEMA = "/org/shortagewatch/events/schemas/allocation-plan.v1.json";

    public AllocationPlanPublished {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A plan that does not name its wholesaler. */
    public AllocationPlanPublished(UUID planId, String yjCode, String wholesalerCode, long revision,
            LocalDate periodStart, LocalDate periodEnd, long supplyUnits, String policy, LocalDate baselineStart,
            LocalDate baselineEnd, String trigger, List<Line> lines, Instant computedAt) {
        this(planId, yjCode, wholesalerCode, null, revision, periodStart, periodEnd, supplyUnits, policy,
                baselineStart, baselineEnd, trigger, lines, computedAt);
    }

    /** The same plan, naming its wholesaler by {@code name} (null: by its code alone). */
    public AllocationPlanPublished namingWholesaler(String name) {
        return new AllocationPlanPublished(planId, yjCode, wholesalerCode, name, revision, periodStart, periodEnd,
                supplyUnits, policy, baselineStart, baselineEnd, trigger, lines, computedAt);
    }

    /**
     * One customer's line of the plan.
     *
     * @param facilityCode the customer (医療機関コード)
     * @param prefectureCode its prefecture (01-47)
     * @param baselineUnits its purchases in the baseline window, in units
     * @param floorUnits the units protected for patients already on therapy
     * @param quotaUnits its quota for the period, in units
     * @param newCustomer true when it bought nothing in the baseline window
     */
    public record Line(String facilityCode, String prefectureCode, long baselineUnits, long floorUnits, long quotaUnits,
            boolean newCustomer) {
    }
}
