package org.shortagewatch.report.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.report.domain.Freshness;
import org.shortagewatch.report.domain.Scorecard;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The scorecard's input: products, each with every change effective on or before a day and when its status was last
 * reported or confirmed by the end of that day (in Japan), in YJ-code order.
 */
@ApplicationScoped
public class ScorecardTimelines {

    /**
     * {@code $1} the day; {@code %s} which products. The last report and confirmation by the end of the day are
     * grouped once for every product (a hash join), not looked up product by product as a page of products does
     * ({@link ProductCatalog#LAST_CONFIRMED}): the whole list is read here.
     */
    private static final String TIMELINES = """
            select p.yj_code, p.manufacturer_code, p.manufacturer_name, r.last_reported, k.last_confirmation,
                   c.effective_date, c.revision, c.shipment_response, c.expected_resolution_date, c.shipment_volume,
                   (c.reported_at at time zone 'Asia/Tokyo')::date as reported_on
            from product p
            left join (select yj_code, max(reported_at) as last_reported from status_change
                       where reported_at < ($1::date + 1)::timestamp at time zone 'Asia/Tokyo'
                       group by yj_code) r on r.yj_code = p.yj_code
            left join (select yj_code, max(confirmed_at) as last_confirmation from status_confirmation
                       where confirmed_at < ($1::date + 1)::timestamp at time zone 'Asia/Tokyo'
                       group by yj_code) k on k.yj_code = p.yj_code
            left join status_change c on c.yj_code = p.yj_code and c.effective_date <= $1
            %s
            order by p.yj_code, c.effective_date, c.revision""";

    @Inject
    Pool pool;

    /** Every product's timeline: every manufacturer's line. */
    public Uni<List<Scorecard.Timeline>> every(LocalDate asOf) {
        return pool.preparedQuery(TIMELINES.formatted("")).execute(Tuple.of(asOf)).map(ScorecardTimelines::timelines);
    }

    /**
     * The timelines one manufacturer's line is computed from: its products' and those of every product sharing an
     * ingredient (the first 7 characters of the YJ code) with one of them; none when it holds no product.
     */
    public Uni<List<Scorecard.Timeline>> around(String manufacturerCode, LocalDate asOf) {
        return pool.preparedQuery(TIMELINES.formatted("""
                where p.ingredient_key in (select m.ingredient_key from product m where m.manufacturer_code = $2)"""))
                .execute(Tuple.of(asOf, manufacturerCode)).map(ScorecardTimelines::timelines);
    }

    /** The one place rows become timelines: one per product, its changes in order. */
    private static List<Scorecard.Timeline> timelines(RowSet<Row> rows) {
        List<Scorecard.Timeline> timelines = new ArrayList<>();
        String current = null;
        List<Scorecard.Point> points = null;
        for (Row row : rows) {
            String yj = row.getString("yj_code");
            if (!yj.equals(current)) {
                current = yj;
                points = new ArrayList<>();
                String holder = row.getString("manufacturer_code");
                String name = row.getString("manufacturer_name");
                timelines.add(new Scorecard.Timeline(yj, holder, name == null ? holder : name, points,
                        Freshness.latest(Rows.instant(row, "last_reported"), Rows.instant(row, "last_confirmation"))));
            }
            if (row.getLocalDate("effective_date") != null) {
                String volume = row.getString("shipment_volume");
                points.add(new Scorecard.Point(row.getLocalDate("effective_date"), row.getLong("revision"),
                        ShipmentResponse.valueOf(row.getString("shipment_response")),
                        row.getLocalDate("expected_resolution_date"),
                        volume == null ? null : ShipmentVolume.valueOf(volume), row.getLocalDate("reported_on")));
            }
        }
        return timelines;
    }
}
