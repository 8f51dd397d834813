package org.shortagewatch.allocation.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.allocation.domain.FindingReconciler;
import org.shortagewatch.common.sql.BatchArrays;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.YjCodes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * One ingredient's findings and allocation plans, on the Vert.x SQL client in the recomputation's transaction: the
 * open findings and current plans a recomputation compares with what it finds now, and, set-based (one typed array
 * per column, unnested: {@link BatchArrays}), the finding changes and new plan revisions it decided.
 */
@ApplicationScoped
public class FindingAndPlanStore {

    /** The current plan of a (product, wholesaler). */
    public record CurrentPlan(String yjCode, String wholesalerCode, long revision, String fingerprint) {
    }

    /** A plan to store, with the event that publishes it. */
    public record NewPlan(AllocationPlanPublished event, String fingerprint) {

        /** The same plan, its event naming its wholesaler as {@code namesByCode} does (by its code alone if not). */
        public NewPlan namingWholesaler(Map<String, String> namesByCode) {
            return new NewPlan(event.namingWholesaler(namesByCode.get(event.wholesalerCode())), fingerprint);
        }
    }

    /** The ingredient's open findings. */
    public Uni<List<FindingReconciler.OpenFinding>> openFindings(SqlClient c, String ingredientKey) {
        return c.preparedQuery("""
                select subject_key, fingerprint, event::text as event
                from finding where ingredient_key = $1 and status = 'OPEN'""")
                .execute(Tuple.of(ingredientKey))
                .map(rows -> Rows.list(rows, FindingAndPlanStore::openFinding));
    }

    /** The current plan of each (product, wholesaler) of the ingredient. */
    public Uni<List<CurrentPlan>> currentPlans(SqlClient c, String ingredientKey) {
        return c.preparedQuery("""
                select distinct on (yj_code, wholesaler_code) yj_code, wholesaler_code, revision, fingerprint
                from allocation_plan where ingredient_key = $1
                order by yj_code, wholesaler_code, revision desc""")
                .execute(Tuple.of(ingredientKey))
                .map(rows -> Rows.list(rows, row -> new CurrentPlan(row.getString("yj_code"),
                        row.getString("wholesaler_code"), row.getLong("revision"), row.getString("fingerprint"))));
    }

    /** Stores finding changes (new findings, revisions, resolutions), one statement. */
    public Uni<Integer> saveFindings(SqlConnection c, List<FindingReconciler.Change> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<MaldistributionFinding> events = changes.stream().map(FindingReconciler.Change::event).toList();
        return c.preparedQuery("""
                insert into finding (finding_id, rule, subject_key, ingredient_key, yj_code, prefecture_code, status,
                                     revision, fingerprint, facility_codes, wholesaler_codes, detected_at, resolved_at,
                                     updated_at, event)
                select r.id, r.rule, r.subject, r.ingredient, r.yj, r.pref, r.status, r.revision, r.fp,
                       array(select jsonb_array_elements_text(r.event::jsonb -> 'facilityCodes')),
                       array(select jsonb_array_elements_text(r.event::jsonb -> 'wholesalerCodes')),
                       r.detected, r.resolved, now(), r.event::jsonb
                from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::bigint[], $9::text[], $10::timestamptz[], $11::timestamptz[], $12::text[])
                     as r(id, rule, subject, ingredient, yj, pref, status, revision, fp, detected, resolved, event)
                on conflict (finding_id) do update set %s, updated_at = now()""".formatted(Upserts.proposed("status",
                "revision", "fingerprint", "yj_code", "prefecture_code", "facility_codes", "wholesaler_codes",
                "resolved_at", "event")))
                .execute(Tuple.from(List.of(
                        BatchArrays.uuid(events, MaldistributionFinding::findingId),
                        BatchArrays.text(events, e -> e.rule().name()),
                        BatchArrays.text(changes, FindingReconciler.Change::subjectKey),
                        BatchArrays.text(events, MaldistributionFinding::ingredientKey),
                        BatchArrays.text(events, MaldistributionFinding::yjCode),
                        BatchArrays.text(events, MaldistributionFinding::prefectureCode),
                        BatchArrays.text(events, e -> e.status().name()),
                        BatchArrays.int8(events, MaldistributionFinding::revision),
                        BatchArrays.text(changes, FindingReconciler.Change::fingerprint),
                        BatchArrays.timestamptz(events, MaldistributionFinding::detectedAt),
                        BatchArrays.timestamptz(events, MaldistributionFinding::resolvedAt),
                        BatchArrays.text(events, EventJson::write))))
                .map(result -> result.rowCount());
    }

    /** Stores new plan revisions and their lines: two statements, whatever the number of plans and lines. */
    public Uni<Void> savePlans(SqlConnection c, List<NewPlan> plans) {
        if (plans.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<AllocationPlanPublished> events = plans.stream().map(NewPlan::event).toList();
        record PlanLine(UUID planId, AllocationPlanPublished.Line line) {
        }
        List<PlanLine> lines = events.stream()
                .flatMap(p -> p.lines().stream().map(line -> new PlanLine(p.planId(), line))).toList();
        return c.preparedQuery("""
                insert into allocation_plan (plan_id, yj_code, ingredient_key, wholesaler_code, revision, period_start,
                                             period_end, supply_units, policy, baseline_start, baseline_end,
                                             trigger, fingerprint, computed_at)
                select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::date[],
                                     $7::date[], $8::bigint[], $9::text[], $10::date[], $11::date[], $12::text[],
                                     $13::text[], $14::timestamptz[])""")
                .execute(Tuple.from(List.of(
                        BatchArrays.uuid(events, AllocationPlanPublished::planId),
                        BatchArrays.text(events, AllocationPlanPublished::yjCode),
                        BatchArrays.text(events, p -> YjCodes.ingredientKey(p.yjCode())),
                        BatchArrays.text(events, AllocationPlanPublished::wholesalerCode),
                        BatchArrays.int8(events, AllocationPlanPublished::revision),
                        BatchArrays.date(events, AllocationPlanPublished::periodStart),
                        BatchArrays.date(events, AllocationPlanPublished::periodEnd),
                        BatchArrays.int8(events, AllocationPlanPublished::supplyUnits),
                        BatchArrays.text(events, AllocationPlanPublished::policy),
                        BatchArrays.date(events, AllocationPlanPublished::baselineStart),
                        BatchArrays.date(events, AllocationPlanPublished::baselineEnd),
                        BatchArrays.text(events, AllocationPlanPublished::trigger),
                        BatchArrays.text(plans, NewPlan::fingerprint),
                        BatchArrays.timestamptz(events, AllocationPlanPublished::computedAt))))
                .chain(() -> c.preparedQuery("""
                        insert into allocation_line (plan_id, facility_code, prefecture_code, baseline_units,
                                                     floor_units, quota_units, new_customer)
                        select * from unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::bigint[],
                                             $6::bigint[], $7::boolean[])""")
                        .execute(Tuple.from(List.of(
                                BatchArrays.uuid(lines, PlanLine::planId),
                                BatchArrays.text(lines, l -> l.line().facilityCode()),
                                BatchArrays.text(lines, l -> l.line().prefectureCode()),
                                BatchArrays.int8(lines, l -> l.line().baselineUnits()),
                                BatchArrays.int8(lines, l -> l.line().floorUnits()),
                                BatchArrays.int8(lines, l -> l.line().quotaUnits()),
                                BatchArrays.booleans(lines, l -> l.line().newCustomer())))))
                .replaceWithVoid();
    }

    private static FindingReconciler.OpenFinding openFinding(Row row) {
        MaldistributionFinding last = EventJson.read(row.getString("event"), MaldistributionFinding.class);
        return new FindingReconciler.OpenFinding(last.findingId(), last.rule(), row.getString("subject_key"),
                last.revision(), row.getString("fingerprint"), last.detectedAt(), last);
    }
}
