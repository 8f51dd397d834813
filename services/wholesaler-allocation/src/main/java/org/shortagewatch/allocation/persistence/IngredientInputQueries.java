package org.shortagewatch.allocation.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.allocation.domain.CannotObtainClusterDetector.Report;
import org.shortagewatch.allocation.domain.DateRange;
import org.shortagewatch.allocation.domain.IngredientAssessment.Windows;
import org.shortagewatch.allocation.domain.OrderSurgeDetector.Demand;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.UnitSupply;
import org.shortagewatch.allocation.domain.RegionalImbalanceDetector.PrefectureSupply;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads one ingredient's inputs as the detectors and the allocator need them, aggregated in PostgreSQL (one grouped
 * pass per kind of input), on the Vert.x SQL client: in a recomputation's transaction, or straight on the pool for a
 * view. Reads only; what a recomputation decides is written by {@link FindingAndPlanStore}.
 */
@ApplicationScoped
public class IngredientInputQueries {

    /** A wholesaler's supply of a product for the period that includes the day of the computation. */
    public record Supply(String wholesalerCode, String yjCode, LocalDate periodStart, LocalDate periodEnd,
            long supplyUnits) {
    }

    /** One customer of a wholesaler for a product, as the allocator sees it. */
    public record CustomerRow(String w, String yj, String f, String p, long b, long r) {
    }

    /** The ingredient's products in limited shipment or stopped. */
    public Uni<Set<String>> shortProducts(SqlClient c, String ingredientKey) {
        return c.preparedQuery("""
                select yj_code from product_status
                where substr(yj_code, 1, 7) = $1 and shipment_response <> 'NORMAL' order by yj_code""")
                .execute(Tuple.of(ingredientKey))
                .map(rows -> {
                    Set<String> codes = new LinkedHashSet<>();
                    rows.forEach(row -> codes.add(row.getString("yj_code")));
                    return codes;
                });
    }

    /**
     * Per facility, product and wholesaler: purchases in the baseline and the recent window, orders in the order
     * window (the windows as date literals, see {@link #customers}), and the unit the product is counted in.
     */
    public Uni<List<Demand>> demand(SqlClient c, String ingredientKey, Set<String> shortProducts, Windows w) {
        if (shortProducts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // the unit joined to the sums, one row per facility, product and wholesaler, not to every record summed
        return c.preparedQuery("""
                select d.*, u.unit
                from (select facility_code, prefecture_code, yj_code, wholesaler_code,
                             coalesce(sum(units) filter (where kind = 'SHIPMENT' and %1$s), 0) baseline_units,
                             coalesce(sum(units) filter (where kind = 'SHIPMENT' and %3$s), 0) recent_units,
                             coalesce(sum(units) filter (where kind = 'ORDER' and %2$s), 0) ordered_units
                      from wholesaler_record
                      where ingredient_key = $1 and yj_code = any($2::text[])
                        and ((kind = 'SHIPMENT' and (%1$s or %3$s)) or (kind = 'ORDER' and %2$s))
                      group by 1, 2, 3, 4) d
                left join wholesaler_product_unit u using (wholesaler_code, yj_code)"""
                .formatted(days(w.baseline()), days(w.orders()), days(w.recent())))
                .execute(Tuple.of(ingredientKey, shortProducts.toArray(String[]::new)))
                .map(rows -> Rows.list(rows, IngredientInputQueries::demand));
    }

    /**
     * Per prefecture: the latest stock count per wholesaler, facility and product, and shipments in the window with
     * the facilities they went to, per counting unit (錠, mL: the one each wholesaler counts each product in,
     * fixed by its first record of it).
     */
    public Uni<List<PrefectureSupply>> prefectures(SqlClient c, String ingredientKey, LocalDate today,
            DateRange consumption) {
        int consumptionDays = (int) consumption.days();
        return c.preparedQuery("""
                with latest as (
                    select distinct on (wholesaler_code, facility_code, yj_code) wholesaler_code, prefecture_code,
                           yj_code, units
                    from wholesaler_record
                    where ingredient_key = $1 and kind = 'STOCK' and day <= $2
                    order by wholesaler_code, facility_code, yj_code, day desc),
                stock as (
                    select l.prefecture_code p, u.unit f, sum(l.units) s
                    from latest l join wholesaler_product_unit u using (wholesaler_code, yj_code) group by 1, 2),
                holders as (
                    select prefecture_code p, array_agg(distinct wholesaler_code) holders from latest group by 1),
                shipped as (
                    select r.prefecture_code p, u.unit f, sum(r.units) c, count(distinct r.facility_code) n
                    from wholesaler_record r join wholesaler_product_unit u using (wholesaler_code, yj_code)
                    where r.ingredient_key = $1 and r.kind = 'SHIPMENT' and r.day between $3 and $4 group by 1, 2)
                select p prefecture_code, f unit, s stock_units, coalesce(c, 0) shipped_units,
                       coalesce(n, 0) facilities, coalesce(h.holders, '{}') stock_holders
                from stock full join shipped using (p, f)
                left join holders h using (p)
                order by p, f""")
                .execute(Tuple.of(ingredientKey, today, consumption.start(), consumption.end()))
                .map(rows -> {
                    Map<String, List<UnitSupply>> units = new LinkedHashMap<>();
                    Map<String, Set<String>> holders = new HashMap<>();
                    for (Row row : rows) {
                        String prefecture = row.getString("prefecture_code");
                        units.computeIfAbsent(prefecture, p -> new ArrayList<>()).add(new UnitSupply(
                                row.getString("unit"), row.getLong("stock_units"),
                                row.getLong("shipped_units"), row.getLong("facilities").intValue()));
                        holders.put(prefecture, Rows.strings(row, "stock_holders"));
                    }
                    List<PrefectureSupply> supply = new ArrayList<>(units.size());
                    units.forEach((prefecture, its) -> supply.add(new PrefectureSupply(prefecture, List.copyOf(its),
                            consumptionDays, holders.get(prefecture))));
                    return supply;
                });
    }

    /** Per facility and product: its "cannot obtain" reports in the window, and the wholesalers that supply it. */
    public Uni<List<Report>> reports(SqlClient c, String ingredientKey, DateRange window) {
        return c.preparedQuery("""
                select c.facility_code, c.prefecture_code, c.yj_code, count(*) reports,
                       coalesce((select array_agg(distinct r.wholesaler_code) from wholesaler_record r
                                 where r.facility_code = c.facility_code and r.ingredient_key = $1), '{}') wholesalers
                from cannot_obtain_report c
                where c.ingredient_key = $1 and c.reported_on between $2 and $3
                group by 1, 2, 3""")
                .execute(Tuple.of(ingredientKey, window.start(), window.end()))
                .map(rows -> Rows.list(rows, row -> new Report(row.getString("facility_code"),
                        row.getString("prefecture_code"), row.getString("yj_code"), row.getInteger("reports"),
                        Rows.strings(row, "wholesalers"))));
    }

    /** The supplies of the ingredient's short products for the period that includes {@code today}. */
    public Uni<List<Supply>> supplies(SqlClient c, String ingredientKey, Set<String> shortProducts, LocalDate today) {
        if (shortProducts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return c.preparedQuery("""
                select distinct on (wholesaler_code, yj_code) wholesaler_code, yj_code, period_start, period_end,
                       supply_units
                from wholesaler_supply
                where ingredient_key = $1 and yj_code = any($2::text[]) and period_start <= $3 and period_end >= $3
                order by wholesaler_code, yj_code, period_start desc""")
                .execute(Tuple.of(ingredientKey, shortProducts.toArray(String[]::new), today))
                .map(rows -> Rows.list(rows, row -> new Supply(row.getString("wholesaler_code"),
                        row.getString("yj_code"), row.getLocalDate("period_start"), row.getLocalDate("period_end"),
                        row.getLong("supply_units"))));
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
    public Uni<List<CustomerRow>> customers(SqlClient c, String ingredientKey, List<Supply> supplies,
            List<DateRange[]> windows) {
        Map<List<DateRange>, List<Supply>> byWindows = new LinkedHashMap<>();
        for (int k = 0; k < supplies.size(); k++) {
            Supply s = supplies.get(k);
            DateRange[] w = windows.get(k);
            byWindows.computeIfAbsent(List.of(w[0], w[1], new DateRange(s.periodStart(), s.periodEnd())),
                    key -> new ArrayList<>()).add(s);
        }
        return Multi.createFrom().iterable(byWindows.entrySet())
                .onItem().transformToUniAndConcatenate(e -> customers(c, ingredientKey, e.getValue(),
                        e.getKey().get(0), e.getKey().get(1), e.getKey().get(2)))
                .collect().in(ArrayList::new, List::addAll);
    }

    private Uni<List<CustomerRow>> customers(SqlClient c, String ingredientKey, List<Supply> supplies,
            DateRange baseline, DateRange recent, DateRange period) {
        Set<String> supplied = new HashSet<>();
        supplies.forEach(s -> supplied.add(s.wholesalerCode() + "|" + s.yjCode()));
        return c.preparedQuery("""
                select wholesaler_code, yj_code, facility_code, prefecture_code,
                       coalesce(sum(units) filter (where kind = 'SHIPMENT' and %1$s), 0) baseline_units,
                       coalesce(sum(units) filter (where kind = 'SHIPMENT' and %2$s), 0) recent_units
                from wholesaler_record
                where ingredient_key = $1 and yj_code = any($2::text[]) and wholesaler_code = any($3::text[])
                  and ((kind = 'SHIPMENT' and (%1$s or %2$s)) or (kind = 'ORDER' and %3$s))
                group by 1, 2, 3, 4""".formatted(days(baseline), days(recent), days(period)))
                .execute(Tuple.of(ingredientKey,
                        supplies.stream().map(Supply::yjCode).distinct().toArray(String[]::new),
                        supplies.stream().map(Supply::wholesalerCode).distinct().toArray(String[]::new)))
                .map(rows -> Rows.list(rows, IngredientInputQueries::customer).stream()
                        .filter(customer -> supplied.contains(customer.w() + "|" + customer.yj())).toList());
    }

    private static Demand demand(Row row) {
        return new Demand(row.getString("facility_code"), row.getString("prefecture_code"), row.getString("yj_code"),
                row.getString("wholesaler_code"), row.getLong("baseline_units"), row.getLong("recent_units"),
                row.getLong("ordered_units"), row.getString("unit"));
    }

    private static CustomerRow customer(Row row) {
        return new CustomerRow(row.getString("wholesaler_code"), row.getString("yj_code"),
                row.getString("facility_code"), row.getString("prefecture_code"), row.getLong("baseline_units"),
                row.getLong("recent_units"));
    }

    /** {@code day} in the range, as SQL with date literals. */
    private static String days(DateRange range) {
        return "day between date '" + range.start() + "' and date '" + range.end() + "'";
    }
}
