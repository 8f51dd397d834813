package org.shortagewatch.allocation.persistence;

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
import org.shortagewatch.allocation.domain.IngredientAssessment.Windows;
import org.shortagewatch.allocation.domain.OrderSurgeDetector.Demand;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply;

import com.fasterxml.jackson.core.type.TypeReference;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Reads one ingredient's inputs as the detectors and the allocator need them, aggregated in PostgreSQL (one grouped
 * pass per kind of input, answered as one JSON document: {@code json}, not {@code jsonb}, as it is only read once,
 * by Jackson). Reads only; what a recomputation decides is written by {@link FindingAndPlanStore}.
 */
@ApplicationScoped
public class IngredientInputQueries {

    @Inject
    JsonSql sql;

    /** A wholesaler's supply of a product for the period that includes the day of the computation. */
    public record Supply(String wholesalerCode, String yjCode, LocalDate periodStart, LocalDate periodEnd,
            long supplyUnits) {
    }

    /** One customer of a wholesaler for a product, as the allocator sees it. */
    public record CustomerRow(String w, String yj, String f, String p, long b, long r) {
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
                      where ingredient_key = :i and yj_code = any(cast(:short as text[]))
                        and ((kind = 'SHIPMENT' and %1$s) or (kind = 'ORDER' and %2$s))
                      group by 1, 2, 3, 4) d""".formatted(days(w.baseline()), days(w.orders())),
                Map.of("i", ingredientKey, "short", shortProducts.toArray(String[]::new)),
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
                      where ingredient_key = :i and yj_code = any(cast(:short as text[]))
                        and period_start <= :today and period_end >= :today
                      order by wholesaler_code, yj_code, period_start desc) s""",
                Map.of("i", ingredientKey, "short", shortProducts.toArray(String[]::new), "today", today),
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
                      where ingredient_key = :i and yj_code = any(cast(:yj as text[]))
                        and wholesaler_code = any(cast(:w as text[]))
                        and ((kind = 'SHIPMENT' and (%1$s or %2$s)) or (kind = 'ORDER' and %3$s))
                      group by 1, 2, 3, 4) x""".formatted(days(baseline), days(recent), days(period)),
                Map.of("i", ingredientKey,
                        "yj", supplies.stream().map(Supply::yjCode).distinct().toArray(String[]::new),
                        "w", supplies.stream().map(Supply::wholesalerCode).distinct().toArray(String[]::new)),
                new TypeReference<List<CustomerRow>>() {
                }).map(rows -> rows.stream().filter(c -> supplied.contains(c.w() + "|" + c.yj())).toList());
    }

    /** {@code day} in the range, as SQL with date literals. */
    private static String days(DateRange range) {
        return "day between date '" + range.start() + "' and date '" + range.end() + "'";
    }
}
