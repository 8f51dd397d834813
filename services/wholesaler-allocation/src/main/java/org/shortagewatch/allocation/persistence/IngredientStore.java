package org.shortagewatch.allocation.persistence;

import org.shortagewatch.events.YjCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.allocation.domain.CannotObtainClusterDetector.Report;
import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.allocation.domain.FindingReconciler;
import org.shortagewatch.allocation.domain.IngredientAssessment.Windows;
import org.shortagewatch.allocation.domain.OrderSurgeDetector.Demand;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply;
import org.shortagewatch.events.AllocationPlanPublished;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.MaldistributionFinding;

import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Reads one ingredient's data as the detectors and the allocator need it, aggregated in PostgreSQL (one grouped
 * pass per kind of input, answered as one JSON document: {@code json}, not {@code jsonb}, as it is only read once,
 * by Jackson), and writes what a recomputation decided, set-based.
 */
@ApplicationScoped
public class IngredientStore {

    @Inject
    JsonSql sql;

    /** A wholesaler's supply of a product for the period that includes the day of the computation. */
    public record Supply(String wholesalerCode, String yjCode, LocalDate periodStart, LocalDate periodEnd,
            long supplyUnits) {
    }

    /** One customer of a wholesaler for a product, as the allocator sees it. */
    public record CustomerRow(String w, String yj, String f, String p, long b, long r) {
    }

    /** The current plan of a (product, wholesaler). */
    public record CurrentPlan(String yjCode, String wholesalerCode, long revision, String fingerprint) {
    }

    /** A plan to store, with the event that publishes it. */
    public record NewPlan(AllocationPlanPublished event, String fingerprint) {
    }

    /**
     * Serialises recomputations of one ingredient (per transaction), and gives the transaction's reads enough
     * memory to group a nationwide ingredient's records in memory: with the default 4 MB the plan customers' hash
     * join ran in batches and its sort spilled to disk.
     */
    public Uni<Void> lock(Mutiny.Session session, String ingredientKey) {
        return session.createNativeQuery("""
                select set_config('work_mem', '64MB', true)
                from (select pg_advisory_xact_lock(hashtext('ingredient:' || :i))) l""")
                .setParameter("i", ingredientKey).getSingleResult().replaceWithVoid();
    }

    /** The ingredients that need recomputing: a product in limited shipment (or stopped), or an open finding. */
    private static final String NEEDING_RECOMPUTATION = """
            select substr(yj_code, 1, 7) i from product_status where shipment_response <> 'NORMAL'
            union
            select ingredient_key from finding where status = 'OPEN'""";

    /** Every ingredient that needs recomputing ({@link #NEEDING_RECOMPUTATION}): what a sweep recomputes. */
    public Uni<List<String>> needingRecomputation(Mutiny.Session session) {
        return sql.query(session, "select coalesce(json_agg(k.i order by k.i), '[]'::json)::text from ("
                + NEEDING_RECOMPUTATION + ") k", Map.of(), new TypeReference<List<String>>() {
                });
    }

    /** Those of {@code ingredientKeys} that need recomputing ({@link #NEEDING_RECOMPUTATION}). */
    public Uni<List<String>> needingRecomputation(Mutiny.Session session, List<String> ingredientKeys) {
        if (ingredientKeys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.query(session, "select coalesce(json_agg(k.i order by k.i), '[]'::json)::text from ("
                + NEEDING_RECOMPUTATION + ") k where k.i = any(string_to_array(:keys, ','))",
                Map.of("keys", String.join(",", ingredientKeys)), new TypeReference<List<String>>() {
                });
    }

    /** The ingredient's products in limited shipment or stopped. */
    public Uni<Set<String>> shortProducts(Mutiny.Session session, String ingredientKey) {
        return sql.query(session, """
                select coalesce(json_agg(yj_code order by yj_code), '[]'::json)::text from product_status
                where substr(yj_code, 1, 7) = :i and shipment_response <> 'NORMAL'""", Map.of("i", ingredientKey),
                new TypeReference<List<String>>() {
                }).map(LinkedHashSet::new);
    }

    /**
     * Per facility, product and wholesaler: purchases in the baseline window, orders in the order window (the
     * windows as date literals, see {@link #customers}).
     */
    public Uni<List<Demand>> demand(Mutiny.Session session, String ingredientKey, Set<String> shortProducts,
            Windows w) {
        if (shortProducts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.query(session, """
                select coalesce(json_agg(json_build_object('facilityCode', f, 'prefectureCode', p, 'yjCode', yj,
                           'wholesalerCode', w, 'baselineUnits', b, 'orderedUnits', o)), '[]'::json)::text
                from (select facility_code f, prefecture_code p, yj_code yj, wholesaler_code w,
                             coalesce(sum(units) filter (where kind = 'SHIPMENT' and %1$s), 0) b,
                             coalesce(sum(units) filter (where kind = 'ORDER' and %2$s), 0) o
                      from wholesaler_record
                      where ingredient_key = :i and yj_code = any(string_to_array(:short, ','))
                        and ((kind = 'SHIPMENT' and %1$s) or (kind = 'ORDER' and %2$s))
                      group by 1, 2, 3, 4) d""".formatted(days(w.baseline()), days(w.orders())),
                Map.of("i", ingredientKey, "short", String.join(",", shortProducts)),
                new TypeReference<List<Demand>>() {
                });
    }

    /** Per prefecture: the latest stock count per wholesaler, facility and product, and shipments in the window. */
    public Uni<List<PrefectureSupply>> prefectures(Mutiny.Session session, String ingredientKey, LocalDate today,
            DateRange consumption) {
        return sql.query(session, """
                with latest as (
                    select distinct on (wholesaler_code, facility_code, yj_code) wholesaler_code, prefecture_code, units
                    from wholesaler_record
                    where ingredient_key = :i and kind = 'STOCK' and day <= :today
                    order by wholesaler_code, facility_code, yj_code, day desc),
                stock as (
                    select prefecture_code p, sum(units) s, json_agg(distinct wholesaler_code) holders
                    from latest group by 1),
                shipped as (
                    select prefecture_code p, sum(units) c from wholesaler_record
                    where ingredient_key = :i and kind = 'SHIPMENT' and day between :cs and :ce group by 1)
                select coalesce(json_agg(json_build_object('prefectureCode', p, 'stockUnits', coalesce(s, 0),
                           'shippedUnits', coalesce(c, 0), 'consumptionDays', cast(:days as int),
                           'stockHolders', coalesce(holders, '[]'::json))), '[]'::json)::text
                from stock full join shipped using (p)""",
                Map.of("i", ingredientKey, "today", today, "cs", consumption.start(), "ce", consumption.end(),
                        "days", (int) consumption.days()),
                new TypeReference<List<PrefectureSupply>>() {
                });
    }

    /** Per facility and product: its "cannot obtain" reports in the window, and the wholesalers that supply it. */
    public Uni<List<Report>> reports(Mutiny.Session session, String ingredientKey, DateRange window) {
        return sql.query(session, """
                select coalesce(json_agg(json_build_object('facilityCode', f, 'prefectureCode', p, 'yjCode', yj,
                           'reports', n, 'wholesalers', ws)), '[]'::json)::text
                from (select c.facility_code f, c.prefecture_code p, c.yj_code yj, count(*) n,
                             coalesce((select json_agg(distinct r.wholesaler_code) from wholesaler_record r
                                       where r.facility_code = c.facility_code and r.ingredient_key = :i), '[]'::json) ws
                      from cannot_obtain_report c
                      where c.ingredient_key = :i and c.reported_on between :rs and :re
                      group by 1, 2, 3) x""",
                Map.of("i", ingredientKey, "rs", window.start(), "re", window.end()),
                new TypeReference<List<Report>>() {
                });
    }

    /** The supplies of the ingredient's short products for the period that includes {@code today}. */
    public Uni<List<Supply>> supplies(Mutiny.Session session, String ingredientKey, Set<String> shortProducts,
            LocalDate today) {
        if (shortProducts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.query(session, """
                select coalesce(json_agg(json_build_object('wholesalerCode', wholesaler_code, 'yjCode', yj_code,
                           'periodStart', period_start, 'periodEnd', period_end, 'supplyUnits', supply_units)),
                       '[]'::json)::text
                from (select distinct on (wholesaler_code, yj_code) * from wholesaler_supply
                      where ingredient_key = :i and yj_code = any(string_to_array(:short, ','))
                        and period_start <= :today and period_end >= :today
                      order by wholesaler_code, yj_code, period_start desc) s""",
                Map.of("i", ingredientKey, "short", String.join(",", shortProducts), "today", today),
                new TypeReference<List<Supply>>() {
                });
    }

    /**
     * The customers of each supply: every facility the wholesaler shipped the product to in the baseline or the
     * recent window, or that ordered it in the period (a new customer), with its baseline and recent purchases.
     *
     * <p>Supplies that share their windows (in practice all of them: a period is a month) are answered by one
     * grouped pass over the ingredient's records. The windows are written into the statement as date literals
     * (they are dates, never text from a request), so the planner sees the ranges it scans: with them as
     * parameters of a join it expected a few hundred rows instead of a hundred thousand and chose a sort-based plan
     * four times slower.
     *
     * @param windows per supply, in the same order: {baseline, recent}
     */
    public Uni<List<CustomerRow>> customers(Mutiny.Session session, String ingredientKey, List<Supply> supplies,
            List<DateRange[]> windows) {
        Map<List<DateRange>, List<Supply>> byWindows = new LinkedHashMap<>();
        for (int k = 0; k < supplies.size(); k++) {
            Supply s = supplies.get(k);
            DateRange[] w = windows.get(k);
            byWindows.computeIfAbsent(List.of(w[0], w[1], new DateRange(s.periodStart(), s.periodEnd())),
                    key -> new ArrayList<>()).add(s);
        }
        return Multi.createFrom().iterable(byWindows.entrySet())
                .onItem().transformToUniAndConcatenate(e -> customers(session, ingredientKey, e.getValue(),
                        e.getKey().get(0), e.getKey().get(1), e.getKey().get(2)))
                .collect().in(ArrayList::new, List::addAll);
    }

    private Uni<List<CustomerRow>> customers(Mutiny.Session session, String ingredientKey, List<Supply> supplies,
            DateRange baseline, DateRange recent, DateRange period) {
        Set<String> supplied = new HashSet<>();
        supplies.forEach(s -> supplied.add(s.wholesalerCode() + "|" + s.yjCode()));
        return sql.query(session, """
                select coalesce(json_agg(json_build_object('w', w, 'yj', yj, 'f', f, 'p', p, 'b', b, 'r', r)),
                       '[]'::json)::text
                from (select wholesaler_code w, yj_code yj, facility_code f, prefecture_code p,
                             coalesce(sum(units) filter (where kind = 'SHIPMENT' and %1$s), 0) b,
                             coalesce(sum(units) filter (where kind = 'SHIPMENT' and %2$s), 0) r
                      from wholesaler_record
                      where ingredient_key = :i and yj_code = any(string_to_array(:yj, ','))
                        and wholesaler_code = any(string_to_array(:w, ','))
                        and ((kind = 'SHIPMENT' and (%1$s or %2$s)) or (kind = 'ORDER' and %3$s))
                      group by 1, 2, 3, 4) x""".formatted(days(baseline), days(recent), days(period)),
                Map.of("i", ingredientKey,
                        "yj", String.join(",", supplies.stream().map(Supply::yjCode).distinct().toList()),
                        "w", String.join(",", supplies.stream().map(Supply::wholesalerCode).distinct().toList())),
                new TypeReference<List<CustomerRow>>() {
                }).map(rows -> rows.stream().filter(c -> supplied.contains(c.w() + "|" + c.yj())).toList());
    }

    /** {@code day} in the range, as SQL with date literals. */
    private static String days(DateRange range) {
        return "day between date '" + range.start() + "' and date '" + range.end() + "'";
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
