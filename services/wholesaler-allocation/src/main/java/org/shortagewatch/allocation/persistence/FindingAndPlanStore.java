package org.shortagewatch.allocation.persistence;

import org.shortagewatch.common.sql.BatchArrays;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.allocation.domain.FindingReconciler;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.YjCodes;

import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.mutiny.Uni;

/**
 * One ingredient's findings and allocation plans: the open findings and current plans a recomputation compares
 * with what it finds now, and, set-based, the finding changes and new plan revisions it decided.
 */
@ApplicationScoped
public class FindingAndPlanStore {

    @Inject
    JsonSql sql;

    /** The current plan of a (product, wholesaler). */
    public record CurrentPlan(String yjCode, String wholesalerCode, long revision, String fingerprint) {
    }

    /** A plan to store, with the event that publishes it. */
    public record NewPlan(AllocationPlanPublished event, String fingerprint) {
    }

    /** The ingredient's open findings. */
    public Uni<List<FindingReconciler.OpenFinding>> openFindings(Mutiny.Session session, String ingredientKey) {
        record Row(String subjectKey, String fingerprint, MaldistributionFinding last) {
        }
        return sql.query(session, """
                select coalesce(json_agg(json_build_object('subjectKey', subject_key, 'fingerprint', fingerprint,
                           'last', event)), '[]'::json)::text
                from finding where ingredient_key = :i and status = 'OPEN'""", Map.of("i", ingredientKey),
                new TypeReference<List<Row>>() {
                }).map(rows -> rows.stream().map(r -> new FindingReconciler.OpenFinding(r.last().findingId(),
                        r.last().rule(), r.subjectKey(), r.last().revision(), r.fingerprint(), r.last().detectedAt(),
                        r.last())).toList());
    }

    /** The current plan of each (product, wholesaler) of the ingredient. */
    public Uni<List<CurrentPlan>> currentPlans(Mutiny.Session session, String ingredientKey) {
        return sql.query(session, """
                select coalesce(json_agg(json_build_object('yjCode', yj_code, 'wholesalerCode', wholesaler_code,
                           'revision', revision, 'fingerprint', fingerprint)), '[]'::json)::text
                from (select distinct on (yj_code, wholesaler_code) yj_code, wholesaler_code, revision, fingerprint
                      from allocation_plan where ingredient_key = :i
                      order by yj_code, wholesaler_code, revision desc) p""", Map.of("i", ingredientKey),
                new TypeReference<List<CurrentPlan>>() {
                });
    }

    /** Stores finding changes (new findings, revisions, resolutions), one statement. */
    public Uni<Integer> saveFindings(Mutiny.Session session, List<FindingReconciler.Change> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<MaldistributionFinding> events = changes.stream().map(FindingReconciler.Change::event).toList();
        return session.createNativeQuery("""
                insert into finding (finding_id, rule, subject_key, ingredient_key, yj_code, prefecture_code, status,
                                     revision, fingerprint, facility_codes, wholesaler_codes, detected_at, resolved_at,
                                     updated_at, event)
                select r.id, r.rule, r.subject, r.ingredient, r.yj, r.pref, r.status, r.revision, r.fp,
                       array(select jsonb_array_elements_text(cast(r.event as jsonb) -> 'facilityCodes')),
                       array(select jsonb_array_elements_text(cast(r.event as jsonb) -> 'wholesalerCodes')),
                       r.detected at time zone 'UTC', r.resolved at time zone 'UTC', now(), cast(r.event as jsonb)
                from unnest(cast(:id as uuid[]), cast(:rule as text[]), cast(:subject as text[]),
                            cast(:ingredient as text[]), cast(:yj as text[]), cast(:pref as text[]),
                            cast(:status as text[]), cast(:revision as bigint[]), cast(:fp as text[]),
                            cast(:detected as timestamp[]), cast(:resolved as timestamp[]), cast(:event as text[]))
                     as r(id, rule, subject, ingredient, yj, pref, status, revision, fp, detected, resolved, event)
                on conflict (finding_id) do update set %s, updated_at = now()""".formatted(Upserts.proposed("status",
                "revision", "fingerprint", "yj_code", "prefecture_code", "facility_codes", "wholesaler_codes",
                "resolved_at", "event")))
                .setParameter("id", BatchArrays.uuid(events, MaldistributionFinding::findingId))
                .setParameter("rule", BatchArrays.text(events, e -> e.rule().name()))
                .setParameter("subject", BatchArrays.text(changes, FindingReconciler.Change::subjectKey))
                .setParameter("ingredient", BatchArrays.text(events, MaldistributionFinding::ingredientKey))
                .setParameter("yj", BatchArrays.text(events, MaldistributionFinding::yjCode))
                .setParameter("pref", BatchArrays.text(events, MaldistributionFinding::prefectureCode))
                .setParameter("status", BatchArrays.text(events, e -> e.status().name()))
                .setParameter("revision", BatchArrays.bigint(events, MaldistributionFinding::revision))
                .setParameter("fp", BatchArrays.text(changes, FindingReconciler.Change::fingerprint))
                .setParameter("detected", BatchArrays.utc(events, MaldistributionFinding::detectedAt))
                .setParameter("resolved", BatchArrays.utc(events, MaldistributionFinding::resolvedAt))
                .setParameter("event", BatchArrays.text(events, EventJson::write))
                .executeUpdate();
    }

    /** Stores new plan revisions and their lines: two statements, whatever the number of plans and lines. */
    public Uni<Void> savePlans(Mutiny.Session session, List<NewPlan> plans) {
        if (plans.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<AllocationPlanPublished> events = plans.stream().map(NewPlan::event).toList();
        record PlanLine(UUID planId, AllocationPlanPublished.Line line) {
        }
        List<PlanLine> lines = events.stream()
                .flatMap(p -> p.lines().stream().map(line -> new PlanLine(p.planId(), line))).toList();
        return session.createNativeQuery("""
                insert into allocation_plan (plan_id, yj_code, ingredient_key, wholesaler_code, revision, period_start,
                                             period_end, supply_units, policy, trigger, fingerprint, computed_at)
                select r.id, r.yj, r.i, r.w, r.revision, r.ps, r.pe, r.supply, r.policy, r.trig, r.fp,
                       r.at at time zone 'UTC'
                from unnest(cast(:id as uuid[]), cast(:yj as text[]), cast(:i as text[]), cast(:w as text[]),
                            cast(:revision as bigint[]), cast(:ps as date[]), cast(:pe as date[]),
                            cast(:supply as bigint[]), cast(:policy as text[]), cast(:trig as text[]),
                            cast(:fp as text[]), cast(:at as timestamp[]))
                     as r(id, yj, i, w, revision, ps, pe, supply, policy, trig, fp, at)""")
                .setParameter("id", BatchArrays.uuid(events, AllocationPlanPublished::planId))
                .setParameter("yj", BatchArrays.text(events, AllocationPlanPublished::yjCode))
                .setParameter("i", BatchArrays.text(events, p -> YjCodes.ingredientKey(p.yjCode())))
                .setParameter("w", BatchArrays.text(events, AllocationPlanPublished::wholesalerCode))
                .setParameter("revision", BatchArrays.bigint(events, AllocationPlanPublished::revision))
                .setParameter("ps", BatchArrays.date(events, AllocationPlanPublished::periodStart))
                .setParameter("pe", BatchArrays.date(events, AllocationPlanPublished::periodEnd))
                .setParameter("supply", BatchArrays.bigint(events, AllocationPlanPublished::supplyUnits))
                .setParameter("policy", BatchArrays.text(events, AllocationPlanPublished::policy))
                .setParameter("trig", BatchArrays.text(events, AllocationPlanPublished::trigger))
                .setParameter("fp", BatchArrays.text(plans, NewPlan::fingerprint))
                .setParameter("at", BatchArrays.utc(events, AllocationPlanPublished::computedAt))
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        insert into allocation_line (plan_id, facility_code, prefecture_code, baseline_units,
                                                     floor_units, quota_units, new_customer)
                        select * from unnest(cast(:id as uuid[]), cast(:f as text[]), cast(:p as text[]),
                                             cast(:baseline as bigint[]), cast(:floor as bigint[]),
                                             cast(:quota as bigint[]), cast(:fresh as boolean[]))""")
                        .setParameter("id", BatchArrays.uuid(lines, PlanLine::planId))
                        .setParameter("f", BatchArrays.text(lines, l -> l.line().facilityCode()))
                        .setParameter("p", BatchArrays.text(lines, l -> l.line().prefectureCode()))
                        .setParameter("baseline", BatchArrays.bigint(lines, l -> l.line().baselineUnits()))
                        .setParameter("floor", BatchArrays.bigint(lines, l -> l.line().floorUnits()))
                        .setParameter("quota", BatchArrays.bigint(lines, l -> l.line().quotaUnits()))
                        .setParameter("fresh", BatchArrays.bool(lines, l -> l.line().newCustomer()))
                        .executeUpdate())
                .replaceWithVoid();
    }
}
