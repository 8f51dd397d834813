package org.shortagewatch.allocation.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;

import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.mutiny.Uni;

/** The reads behind the views: each one query, answered as one JSON document. */
@ApplicationScoped
public class ViewQueries {

    @Inject
    JsonSql sql;

    /** A facility's line of a current plan, with what it has received in the period. */
    public record QuotaLine(String yjCode, String wholesalerCode, String facilityCode, String prefectureCode,
            UUID planId, long revision, LocalDate periodStart, LocalDate periodEnd, String policy,
            long baselineUnits, long floorUnits, long quotaUnits, long usedUnits, long remainingUnits,
            boolean newCustomer, OffsetDateTime computedAt) {
    }

    /** An open finding, as the map shows it. */
    public record FindingSummary(UUID findingId, MaldistributionRule rule, String prefectureCode, String yjCode, long revision,
            String summaryJa, String summaryEn, int facilityCount) {
    }

    private static final String CURRENT_LINES = """
            select jsonb_build_object('yjCode', p.yj_code, 'wholesalerCode', p.wholesaler_code,
                       'facilityCode', l.facility_code, 'prefectureCode', l.prefecture_code, 'planId', p.plan_id,
                       'revision', p.revision, 'periodStart', p.period_start, 'periodEnd', p.period_end,
                       'policy', p.policy, 'baselineUnits', l.baseline_units, 'floorUnits', l.floor_units,
                       'quotaUnits', l.quota_units, 'usedUnits', coalesce(u.used, 0),
                       'remainingUnits', greatest(l.quota_units - coalesce(u.used, 0), 0),
                       'newCustomer', l.new_customer, 'computedAt', p.computed_at) as line,
                   p.yj_code, l.facility_code
            from allocation_plan p
            join allocation_line l on l.plan_id = p.plan_id
            left join lateral (
                select sum(r.units) used from wholesaler_record r
                where r.kind = 'SHIPMENT' and r.wholesaler_code = p.wholesaler_code
                  and r.facility_code = l.facility_code and r.yj_code = p.yj_code
                  and r.day between p.period_start and p.period_end) u on true
            where p.revision = (select max(q.revision) from allocation_plan q
                                where q.yj_code = p.yj_code and q.wholesaler_code = p.wholesaler_code)
            """;

    /** A facility's lines of every current plan. */
    public Uni<List<QuotaLine>> quotasOfFacility(Mutiny.Session session, String facilityCode) {
        return sql.query(session, "select coalesce(jsonb_agg(x.line order by x.yj_code), '[]'::jsonb)::text from ("
                + CURRENT_LINES + " and l.facility_code = :f) x", Map.of("f", facilityCode),
                new TypeReference<List<QuotaLine>>() {
                });
    }

    /** Every line of a wholesaler's current plans. */
    public Uni<List<QuotaLine>> allocationsOfWholesaler(Mutiny.Session session, String wholesalerCode) {
        return sql.query(session, "select coalesce(jsonb_agg(x.line order by x.yj_code, x.facility_code), "
                + "'[]'::jsonb)::text from (" + CURRENT_LINES + " and p.wholesaler_code = :w) x",
                Map.of("w", wholesalerCode), new TypeReference<List<QuotaLine>>() {
                });
    }

    /** The open findings that concern a wholesaler (about its customers, or the stock it holds). */
    public Uni<List<MaldistributionFinding>> openFindingsOfWholesaler(Mutiny.Session session, String wholesalerCode) {
        return sql.query(session, """
                select coalesce(jsonb_agg(event order by updated_at desc), '[]'::jsonb)::text from finding
                where status = 'OPEN' and wholesaler_codes @> array[cast(:w as text)]""", Map.of("w", wholesalerCode),
                new TypeReference<List<MaldistributionFinding>>() {
                });
    }

    /** The open findings of an ingredient, as the map shows them (no facility codes). */
    public Uni<List<FindingSummary>> openFindingsOfIngredient(Mutiny.Session session, String ingredientKey) {
        return sql.query(session, """
                select coalesce(jsonb_agg(jsonb_build_object('findingId', finding_id, 'rule', rule,
                           'prefectureCode', prefecture_code, 'yjCode', yj_code, 'revision', revision,
                           'summaryJa', case when rule in ('ORDER_SURGE', 'DUPLICATE_ORDERING') then null
                                             else event ->> 'summaryJa' end,
                           'summaryEn', case when rule in ('ORDER_SURGE', 'DUPLICATE_ORDERING') then null
                                             else event ->> 'summaryEn' end,
                           'facilityCount', cardinality(facility_codes)) order by rule, prefecture_code),
                       '[]'::jsonb)::text
                from finding where ingredient_key = :i and status = 'OPEN'""", Map.of("i", ingredientKey),
                new TypeReference<List<FindingSummary>>() {
                });
    }
}
