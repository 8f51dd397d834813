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
 * {@code Pool}; a product's status on a day is its span in {@code status_span} that holds on it, as
 * {@link ProductCatalog} counts it.
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
                from status_span s join product p on p.yj_code = s.yj_code
                where s.starts <= $1 and s.ends > $1 and s.shipment_response <> 'NORMAL'
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
     * Products by shipment response as of each of {@code weekEnds}: the span of each product that holds on it, among
     * the spans that end after the first of them (the bound lets the spans' index find them).
     */
    public Uni<List<WeeklyTrend.Count>> weekly(List<LocalDate> weekEnds) {
        LocalDate first = weekEnds.stream().min(LocalDate::compareTo).orElseThrow();
        return pool.preparedQuery("""
                select w.week_end, s.shipment_response, count(*) as products
                from status_span s
                join unnest($1::date[]) as w(week_end) on s.starts <= w.week_end and s.ends > w.week_end
                join product p on p.yj_code = s.yj_code
                where s.ends > $2
                group by w.week_end, s.shipment_response""")
                .execute(Tuple.of(weekEnds.toArray(LocalDate[]::new), first))
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
