package org.shortagewatch.report.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.ReasonBreakdown;
import org.shortagewatch.report.domain.WeeklyTrend;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The counts behind the national aggregates beside the survey's two tables: products surveyed, products in limited
 * shipment and supply stop by reason, and products by shipment response week by week. Read-only, set-based, on the
 * {@code Pool}; a product's status on a day is read as {@link ProductCatalog} reads it.
 */
@ApplicationScoped
public class NationalCounts {

    @Inject
    Pool pool;

    /** Every product in the catalogue, whether or not it has reported a status: the products surveyed. */
    public Uni<Long> surveyed() {
        return pool.query("select count(*) as products from product").execute()
                .map(rows -> rows.iterator().next().getLong("products"));
    }

    /** Products limited or stopped on {@code asOf}, counted by shipment response and reason (null: none stated). */
    public Uni<List<ReasonBreakdown.Count>> byReason(LocalDate asOf) {
        return pool.preparedQuery("""
                select s.shipment_response, s.reason, count(*) as products
                from product p
                join (select distinct on (yj_code) yj_code, shipment_response, reason from status_change
                      where effective_date <= $1
                      order by yj_code, effective_date desc, revision desc) s on s.yj_code = p.yj_code
                where s.shipment_response <> 'NORMAL'
                group by s.shipment_response, s.reason""")
                .execute(Tuple.of(asOf))
                .map(rows -> {
                    List<ReasonBreakdown.Count> counts = new ArrayList<>();
                    for (Row row : rows) {
                        String reason = row.getString("reason");
                        counts.add(new ReasonBreakdown.Count(ShipmentResponse.valueOf(row.getString("shipment_response")),
                                reason == null ? null : ShortageReason.valueOf(reason), row.getLong("products")));
                    }
                    return counts;
                });
    }

    /**
     * Products by shipment response as of each of {@code weekEnds}, in one pass over the history: each product's
     * status holds from its effective date to the next change's, and each week end falls in one of those spans.
     */
    public Uni<List<WeeklyTrend.Count>> weekly(List<LocalDate> weekEnds) {
        LocalDate last = weekEnds.stream().max(LocalDate::compareTo).orElseThrow();
        return pool.preparedQuery("""
                with days as (
                    select distinct on (c.yj_code, c.effective_date) c.yj_code, c.effective_date, c.shipment_response
                    from status_change c join product p on p.yj_code = c.yj_code
                    where c.effective_date <= $2
                    order by c.yj_code, c.effective_date, c.revision desc),
                spans as (
                    select shipment_response, effective_date as starts,
                           lead(effective_date) over (partition by yj_code order by effective_date) as ends
                    from days)
                select w.week_end, s.shipment_response, count(*) as products
                from unnest($1::date[]) as w(week_end)
                join spans s on s.starts <= w.week_end and (s.ends is null or s.ends > w.week_end)
                group by w.week_end, s.shipment_response""")
                .execute(Tuple.of(weekEnds.toArray(LocalDate[]::new), last))
                .map(rows -> {
                    List<WeeklyTrend.Count> counts = new ArrayList<>();
                    for (Row row : rows) {
                        counts.add(new WeeklyTrend.Count(row.getLocalDate("week_end"),
                                ShipmentResponse.valueOf(row.getString("shipment_response")), row.getLong("products")));
                    }
                    return counts;
                });
    }
}
