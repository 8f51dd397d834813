package org.shortagewatch.allocation.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.MaldistributionRule;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The reads behind the views, each one query on the Vert.x SQL client (outside any transaction). */
@ApplicationScoped
public class ViewQueries {

    /**
     * A facility's line of a current plan, with what it has received in the period; {@code baselineStart} and
     * {@code baselineEnd}, the window its baseline was counted in, are null for a plan computed before it was kept.
     */
    public record QuotaLine(String yjCode, String wholesalerCode, String facilityCode, String prefectureCode,
            UUID planId, long revision, LocalDate periodStart, LocalDate periodEnd, String policy,
            LocalDate baselineStart, LocalDate baselineEnd, long baselineUnits, long floorUnits, long quotaUnits,
            long usedUnits, long remainingUnits, boolean newCustomer, OffsetDateTime computedAt) {
    }

    /** An open finding, as the map shows it. */
    public record FindingSummary(UUID findingId, MaldistributionRule rule, String prefectureCode, String yjCode, long revision,
            String summaryJa, String summaryEn, int facilityCount) {
    }

    private static final String CURRENT_LINES = """
            select p.yj_code, p.wholesaler_code, l.facility_code, l.prefecture_code, p.plan_id, p.revision,
                   p.period_start, p.period_end, p.policy, p.baseline_start, p.baseline_end, l.baseline_units,
                   l.floor_units, l.quota_units,
                   coalesce(u.used, 0) used_units, greatest(l.quota_units - coalesce(u.used, 0), 0) remaining_units,
                   l.new_customer, p.computed_at
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
    public Uni<List<QuotaLine>> quotasOfFacility(SqlClient c, String facilityCode) {
        return c.preparedQuery(CURRENT_LINES + " and l.facility_code = $1 order by p.yj_code")
                .execute(Tuple.of(facilityCode))
                .map(rows -> Rows.list(rows, ViewQueries::quotaLine));
    }

    /** Every line of a wholesaler's current plans. */
    public Uni<List<QuotaLine>> allocationsOfWholesaler(SqlClient c, String wholesalerCode) {
        return c.preparedQuery(CURRENT_LINES + " and p.wholesaler_code = $1 order by p.yj_code, l.facility_code")
                .execute(Tuple.of(wholesalerCode))
                .map(rows -> Rows.list(rows, ViewQueries::quotaLine));
    }

    /** The open findings that concern a wholesaler (about its customers, or the stock it holds). */
    public Uni<List<MaldistributionFinding>> openFindingsOfWholesaler(SqlClient c, String wholesalerCode) {
        return c.preparedQuery("""
                select event::text as event from finding
                where status = 'OPEN' and wholesaler_codes @> array[$1::text]
                order by updated_at desc""")
                .execute(Tuple.of(wholesalerCode))
                .map(rows -> Rows.list(rows,
                        row -> EventJson.read(row.getString("event"), MaldistributionFinding.class)));
    }

    /** An open finding of any ingredient, as the regulator's national list shows it; {@code total}: all open ones. */
    public record NationalFinding(String ingredientKey, OffsetDateTime updatedAt, FindingSummary finding) {
    }

    /**
     * A finding as maps and lists show it: findings about single facilities (order surges, duplicate ordering) are
     * counted, not named, so their summaries (which name the facility) are left out.
     */
    private static final String SUMMARY_COLUMNS = """
            select finding_id, rule, prefecture_code, yj_code, revision, ingredient_key, updated_at,
                   case when rule in ('ORDER_SURGE', 'DUPLICATE_ORDERING') then null
                        else event ->> 'summaryJa' end summary_ja,
                   case when rule in ('ORDER_SURGE', 'DUPLICATE_ORDERING') then null
                        else event ->> 'summaryEn' end summary_en,
                   cardinality(facility_codes) facility_count
            """;

    /** The open findings of an ingredient, as the map shows them (no facility codes). */
    public Uni<List<FindingSummary>> openFindingsOfIngredient(SqlClient c, String ingredientKey) {
        return c.preparedQuery(SUMMARY_COLUMNS + """
                from finding where ingredient_key = $1 and status = 'OPEN'
                order by rule, prefecture_code""")
                .execute(Tuple.of(ingredientKey))
                .map(rows -> Rows.list(rows, ViewQueries::findingSummary));
    }

    /** The open findings of every ingredient, the latest change first, at most {@code limit}; and how many are open. */
    public Uni<Listed<NationalFinding>> openFindings(SqlClient c, int limit) {
        return c.preparedQuery(SUMMARY_COLUMNS + """
                , count(*) over () total
                from finding where status = 'OPEN'
                order by updated_at desc, finding_id limit $1""")
                .execute(Tuple.of(limit))
                .map(rows -> new Listed<>(rows.size() == 0 ? 0 : rows.iterator().next().getLong("total"),
                        Rows.list(rows, row -> new NationalFinding(row.getString("ingredient_key"),
                                row.getOffsetDateTime("updated_at"), findingSummary(row)))));
    }

    /** Some of the rows that match, and how many match in all. */
    public record Listed<T>(long total, List<T> items) {
    }

    private static FindingSummary findingSummary(Row row) {
        return new FindingSummary(row.getUUID("finding_id"), MaldistributionRule.valueOf(row.getString("rule")),
                row.getString("prefecture_code"), row.getString("yj_code"), row.getLong("revision"),
                row.getString("summary_ja"), row.getString("summary_en"), row.getInteger("facility_count"));
    }

    private static QuotaLine quotaLine(Row row) {
        return new QuotaLine(row.getString("yj_code"), row.getString("wholesaler_code"), row.getString("facility_code"),
                row.getString("prefecture_code"), row.getUUID("plan_id"), row.getLong("revision"),
                row.getLocalDate("period_start"), row.getLocalDate("period_end"), row.getString("policy"),
                row.getLocalDate("baseline_start"), row.getLocalDate("baseline_end"), row.getLong("baseline_units"),
                row.getLong("floor_units"), row.getLong("quota_units"),
                row.getLong("used_units"), row.getLong("remaining_units"), row.getBoolean("new_customer"),
                row.getOffsetDateTime("computed_at"));
    }
}
