package org.shortagewatch.report.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.CauseChain;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The timelines the chain of a shortage is read from: a product's own, and those of every product whose status named
 * it as the cause (⑰) on or before a day; one point per day (the highest revision of the day), oldest first.
 */
@ApplicationScoped
public class CauseTimelines {

    /** The cause product's timeline (empty when it never reported) and the others', in YJ-code order. */
    public record Found(List<CauseChain.Point> own, List<CauseChain.Timeline> others) {
    }

    @Inject
    Pool pool;

    public Uni<Found> around(String yjCode, LocalDate asOf) {
        return pool.preparedQuery("""
                select c.yj_code, p.product_name, p.manufacturer_name, c.effective_date, c.shipment_response,
                       c.cause_yj_code
                from (select distinct on (yj_code, effective_date) yj_code, effective_date, shipment_response,
                             cause_yj_code
                      from status_change
                      where effective_date <= $2
                        and (yj_code = $1 or yj_code in (select yj_code from status_change
                                                         where cause_yj_code = $1 and effective_date <= $2))
                      order by yj_code, effective_date, revision desc) c
                join product p on p.yj_code = c.yj_code
                order by c.yj_code, c.effective_date""")
                .execute(Tuple.of(yjCode, asOf))
                .map(rows -> {
                    List<CauseChain.Point> own = new ArrayList<>();
                    List<CauseChain.Timeline> others = new ArrayList<>();
                    CauseChain.Timeline current = null;
                    for (Row row : rows) {
                        String yj = row.getString("yj_code");
                        CauseChain.Point point = new CauseChain.Point(row.getLocalDate("effective_date"),
                                ShipmentResponse.valueOf(row.getString("shipment_response")),
                                row.getString("cause_yj_code"));
                        if (yj.equals(yjCode)) {
                            own.add(point);
                            continue;
                        }
                        if (current == null || !current.yjCode().equals(yj)) {
                            current = new CauseChain.Timeline(yj, row.getString("product_name"),
                                    row.getString("manufacturer_name"), new ArrayList<>());
                            others.add(current);
                        }
                        current.points().add(point);
                    }
                    return new Found(own, others);
                });
    }
}
