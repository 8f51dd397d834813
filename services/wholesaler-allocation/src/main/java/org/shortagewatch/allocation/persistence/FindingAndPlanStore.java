package org.shortagewatch.allocation.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FindingReconciler.Change c : changes) {
            MaldistributionFinding e = c.event();
            java.util.HashMap<String, Object> row = new java.util.HashMap<>();
            row.put("id", e.findingId().toString());
            row.put("rule", e.rule().name());
            row.put("subject", c.subjectKey());
            row.put("ingredient", e.ingredientKey());
            row.put("yj", e.yjCode());
            row.put("pref", e.prefectureCode());
            row.put("status", e.status().name());
            row.put("revision", e.revision());
            row.put("fp", c.fingerprint());
            row.put("detected", e.detectedAt().toString());
            row.put("resolved", e.resolvedAt() == null ? null : e.resolvedAt().toString());
            row.put("event", EventJson.write(e));
            rows.add(row);
        }
        return session.createNativeQuery("""
                insert into finding (finding_id, rule, subject_key, ingredient_key, yj_code, prefecture_code, status,
                                     revision, fingerprint, facility_codes, wholesaler_codes, detected_at, resolved_at,
                                     updated_at, event)
                select r.id, r.rule, r.subject, r.ingredient, r.yj, r.pref, r.status, r.revision, r.fp,
                       array(select jsonb_array_elements_text(cast(r.event as jsonb) -> 'facilityCodes')),
                       array(select jsonb_array_elements_text(cast(r.event as jsonb) -> 'wholesalerCodes')),
                       r.detected, r.resolved, now(), cast(r.event as jsonb)
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                     as r(id uuid, rule text, subject text, ingredient text, yj text, pref text, status text,
                          revision bigint, fp text, detected timestamptz, resolved timestamptz, event text)
                on conflict (finding_id) do update set
                    status = excluded.status, revision = excluded.revision, fingerprint = excluded.fingerprint,
                    yj_code = excluded.yj_code, prefecture_code = excluded.prefecture_code,
                    facility_codes = excluded.facility_codes, wholesaler_codes = excluded.wholesaler_codes,
                    resolved_at = excluded.resolved_at, updated_at = now(), event = excluded.event""")
                .setParameter("rows", sql.write(rows))
                .executeUpdate();
    }

    /** Stores new plan revisions and their lines: two statements, whatever the number of plans and lines. */
    public Uni<Void> savePlans(Mutiny.Session session, List<NewPlan> plans) {
        if (plans.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewPlan n : plans) {
            AllocationPlanPublished p = n.event();
            java.util.HashMap<String, Object> row = new java.util.HashMap<>();
            row.put("id", p.planId().toString());
            row.put("yj", p.yjCode());
            row.put("i", YjCodes.ingredientKey(p.yjCode()));
            row.put("w", p.wholesalerCode());
            row.put("revision", p.revision());
            row.put("ps", p.periodStart().toString());
            row.put("pe", p.periodEnd().toString());
            row.put("supply", p.supplyUnits());
            row.put("policy", p.policy());
            row.put("trig", p.trigger());
            row.put("fp", n.fingerprint());
            row.put("at", p.computedAt().toString());
            row.put("lines", p.lines());
            rows.add(row);
        }
        String payload = sql.write(rows);
        return session.createNativeQuery("""
                insert into allocation_plan (plan_id, yj_code, ingredient_key, wholesaler_code, revision, period_start,
                                             period_end, supply_units, policy, trigger, fingerprint, computed_at)
                select r.id, r.yj, r.i, r.w, r.revision, r.ps, r.pe, r.supply, r.policy, r.trig, r.fp, r.at
                from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))
                     as r(id uuid, yj text, i text, w text, revision bigint, ps date, pe date, supply bigint,
                          policy text, trig text, fp text, at timestamptz)""")
                .setParameter("rows", payload)
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        insert into allocation_line (plan_id, facility_code, prefecture_code, baseline_units,
                                                     floor_units, quota_units, new_customer)
                        select r.id, l."facilityCode", l."prefectureCode", l."baselineUnits", l."floorUnits",
                               l."quotaUnits", l."newCustomer"
                        from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as r(id uuid, lines jsonb)
                        cross join lateral jsonb_to_recordset(r.lines) as l("facilityCode" text,
                             "prefectureCode" text, "baselineUnits" bigint, "floorUnits" bigint, "quotaUnits" bigint,
                             "newCustomer" boolean)""")
                        .setParameter("rows", payload)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
