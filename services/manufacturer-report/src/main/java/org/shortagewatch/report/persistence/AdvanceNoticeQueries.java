package org.shortagewatch.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.report.domain.AdvanceNotice;
import org.shortagewatch.report.domain.RiskReportState;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Read-only queries of the regulator's review (outside any transaction, on the pool): the changes to a shortage with
 * the days the product's supply-risk reports were submitted, and the stoppage notices recorded without a named
 * supply-system manager.
 */
@ApplicationScoped
public class AdvanceNoticeQueries {

    /** A stoppage notice recorded while its holder had named no supply-system manager. */
    public record NoticeWithoutManager(long changeId, String yjCode, String productName, String manufacturerCode,
            String manufacturerName, long revision, ShipmentResponse response, ShipmentVolume volume, LocalDate effectiveDate,
            Instant reportedAt) {
    }

    @Inject
    Pool pool;

    /**
     * Every change to a limited shipment or a stop ({@code $4} the response left out) effective from {@code $1} (null:
     * any day) to {@code $2}, with the response before it on the product's timeline (effective date, then revision)
     * and the days its supply-risk reports, withdrawn ({@code $3}) ones left out, were submitted (in Japan);
     * {@code %s} which products' timelines.
     */
    private static final String SHORTAGES = """
            select t.id, t.yj_code, t.revision, t.shipment_response, t.previous, t.effective_date,
                   p.manufacturer_code, p.manufacturer_name, p.product_name,
                   array(select (r.submitted_at at time zone 'Asia/Tokyo')::date from supply_risk_report r
                         where r.yj_code = t.yj_code and r.state <> $3) as report_days
            from (select c.id, c.yj_code, c.revision, c.shipment_response, c.effective_date,
                         lag(c.shipment_response) over (partition by c.yj_code
                                                        order by c.effective_date, c.revision) as previous
                  from status_change c %s) t
            join product p on p.yj_code = t.yj_code
            where ($1::date is null or t.effective_date >= $1) and t.effective_date <= $2
              and t.shipment_response <> $4
            order by t.effective_date, t.yj_code, t.revision""";

    /** Every product's changes to a shortage effective from {@code from} (null: any day) to {@code to}. */
    public Uni<List<AdvanceNotice.Change>> shortages(LocalDate from, LocalDate to) {
        return pool.preparedQuery(SHORTAGES.formatted(""))
                .execute(Tuple.of(from, to, RiskReportState.WITHDRAWN.name(), ShipmentResponse.NORMAL.name()))
                .map(rows -> Rows.list(rows, AdvanceNoticeQueries::change));
    }

    /** One manufacturer's products' changes to a shortage effective up to {@code to}. */
    public Uni<List<AdvanceNotice.Change>> shortagesOf(String manufacturerCode, LocalDate to) {
        return pool.preparedQuery(SHORTAGES.formatted(
                        "where c.yj_code in (select m.yj_code from product m where m.manufacturer_code = $5)"))
                .execute(Tuple.of(null, to, RiskReportState.WITHDRAWN.name(), ShipmentResponse.NORMAL.name(),
                        manufacturerCode))
                .map(rows -> Rows.list(rows, AdvanceNoticeQueries::change));
    }

    /** The one place a row becomes an {@link AdvanceNotice.Change}. */
    private static AdvanceNotice.Change change(Row r) {
        String previous = r.getString("previous");
        LocalDate[] days = r.getArrayOfLocalDates("report_days");
        return new AdvanceNotice.Change(r.getLong("id"), r.getString("yj_code"), r.getString("product_name"),
                r.getString("manufacturer_code"), r.getString("manufacturer_name"), r.getLong("revision"),
                previous == null ? null : ShipmentResponse.valueOf(previous),
                ShipmentResponse.valueOf(r.getString("shipment_response")), r.getLocalDate("effective_date"),
                days == null ? List.of() : Arrays.asList(days));
    }

    /** The stoppage notices effective from {@code from} to {@code to} recorded without a named manager. */
    public Uni<List<NoticeWithoutManager>> noticesWithoutManager(LocalDate from, LocalDate to) {
        return pool.preparedQuery("""
                select c.id, c.yj_code, p.product_name, p.manufacturer_code, p.manufacturer_name, c.revision,
                       c.shipment_response,
                       c.shipment_volume, c.effective_date, c.reported_at
                from status_change c join product p on p.yj_code = c.yj_code
                where c.stoppage_notice and not c.manager_named and c.effective_date between $1 and $2
                order by c.effective_date, c.yj_code, c.revision""")
                .execute(Tuple.of(from, to))
                .map(rows -> Rows.list(rows, AdvanceNoticeQueries::noticeWithoutManager));
    }

    /** The one place a row becomes a {@link NoticeWithoutManager}. */
    private static NoticeWithoutManager noticeWithoutManager(Row r) {
        String volume = r.getString("shipment_volume");
        return new NoticeWithoutManager(r.getLong("id"), r.getString("yj_code"), r.getString("product_name"),
                r.getString("manufacturer_code"), r.getString("manufacturer_name"), r.getLong("revision"),
                ShipmentResponse.valueOf(r.getString("shipment_response")),
                volume == null ? null : ShipmentVolume.valueOf(volume), r.getLocalDate("effective_date"),
                Rows.instant(r, "reported_at"));
    }
}
