package org.shortagewatch.report.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.BatchArrays;
import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Stores status changes set-based, straight on the SQL client in the caller's transaction: one round trip numbers
 * the revisions, one statement writes the history, however many changes (a single report is the hot path of ingest; an ORM
 * session per report costs more CPU than the database work it wraps).
 */
@ApplicationScoped
public class StatusHistoryStore {

    @Inject
    Pool pool;

    private static final String COLUMNS = """
            id, yj_code, revision, shipment_response, reason, effective_date, reported_at, reported_by, event_id,
            effective_date_certainty, cause_yj_code, resolution_outlook, expected_resolution_date,
            expected_resolution_precision, shipment_volume, volume_improvement_date, volume_improvement_precision,
            volume_improvement_amount, stoppage_notice, manager_named, supply_manager_id, supply_manager_name,
            supply_manager_title""";

    /**
     * A product's next revision, with what its event tells consumers besides the change: the previous revision's
     * shipment response (null for a first report) and the product as its master record stands (null without one).
     */
    public record Numbered(long revision, ShipmentResponse previous, SupplyStatusChanged.Product product) {
    }

    /**
     * Takes the next revision of each product, in the order given (pass YJ-code order: the same lock order for
     * every writer, so no deadlock); returns each product's new revision, its previous response and its
     * description.
     *
     * <p>Two statements, sent together (pipelined: one round trip). The first takes the revision, waiting for the
     * product's row while a concurrent report holds it; the second reads what the revision follows. Read in the
     * first, it would come from that statement's snapshot, taken before the wait: the concurrent report's change,
     * committed during it, would be missing, and the new change's event would say the product had no previous status.
     */
    public Uni<Map<String, Numbered>> nextRevisions(SqlConnection c, String[] yjCodes) {
        Uni<?> numbered = c.preparedQuery("""
                insert into product_revision (yj_code, revision)
                select code, 1 from unnest($1::text[]) with ordinality as t(code, n) order by n
                on conflict (yj_code) do update set revision = product_revision.revision + 1""")
                .execute(Tuple.of(yjCodes));
        Uni<Map<String, Numbered>> read = c.preparedQuery("""
                select n.yj_code, n.revision, previous.shipment_response as previous, p.product_name is not null
                       as described, p.product_name, p.strength_unit, p.manufacturer_name, p.product_category,
                       p.basic_drug, p.supply_security_class
                from product_revision n
                left join product p on p.yj_code = n.yj_code
                left join status_change previous on previous.yj_code = n.yj_code and previous.revision = n.revision - 1
                where n.yj_code = any($1::text[])""")
                .execute(Tuple.of(yjCodes))
                .map(rows -> {
                    Map<String, Numbered> revisions = new HashMap<>();
                    rows.forEach(r -> revisions.put(r.getString("yj_code"), numberedOf(r)));
                    return revisions;
                });
        return Uni.combine().all().unis(numbered, read).with((taken, revisions) -> revisions);
    }

    private static Numbered numberedOf(Row r) {
        String previous = r.getString("previous");
        SupplyStatusChanged.Product product = !r.getBoolean("described") ? null : new SupplyStatusChanged.Product(
                r.getString("product_name"), r.getString("strength_unit"), r.getString("manufacturer_name"),
                r.getString("product_category") == null ? null : ProductCategory.valueOf(r.getString("product_category")),
                r.getBoolean("basic_drug"), SupplySecurityClass.valueOf(r.getString("supply_security_class")));
        return new Numbered(r.getLong("revision"), previous == null ? null : ShipmentResponse.valueOf(previous),
                product);
    }

    /**
     * Writes the changes, numbered and stamped, to the history; sets each one's id, and for each stoppage notice the
     * holder's supply-system manager as the appointment stands (none named: {@code managerNamed} false). All share the
     * first one's report time and reporter.
     *
     * @param bulkJobId the bulk job the changes come from, or null for a single report
     */
    public Uni<Void> insertHistory(SqlConnection c, List<StatusChange> changes, UUID bulkJobId) {
        int n = changes.size();
        String[] yj = new String[n];
        Long[] revision = new Long[n];
        String[] response = new String[n];
        String[] reason = new String[n];
        LocalDate[] effective = new LocalDate[n];
        UUID[] eventId = new UUID[n];
        String[] certainty = new String[n];
        String[] cause = new String[n];
        String[] outlook = new String[n];
        LocalDate[] expected = new LocalDate[n];
        String[] volume = new String[n];
        LocalDate[] improvement = new LocalDate[n];
        String[] amount = new String[n];
        Boolean[] notice = new Boolean[n];
        for (int i = 0; i < n; i++) {
            StatusChange s = changes.get(i);
            StatusReport r = s.report;
            yj[i] = r.yjCode();
            revision[i] = s.revision;
            response[i] = r.shipmentResponse().name();
            reason[i] = name(r.reason());
            effective[i] = r.effectiveDate();
            eventId[i] = s.eventId;
            certainty[i] = r.effectiveDateCertainty().name();
            cause[i] = r.causeYjCode();
            outlook[i] = name(r.resolutionOutlook());
            expected[i] = r.expectedResolutionDate();
            volume[i] = name(r.shipmentVolume());
            improvement[i] = r.volumeImprovementDate();
            amount[i] = r.volumeImprovementAmount();
            notice[i] = s.stoppageNotice;
        }
        StatusChange first = changes.get(0);
        return c.preparedQuery("""
                insert into status_change (id, yj_code, revision, shipment_response, reason, effective_date,
                    reported_at, reported_by, event_id, effective_date_certainty, cause_yj_code, resolution_outlook,
                    expected_resolution_date, expected_resolution_precision, shipment_volume, volume_improvement_date,
                    volume_improvement_precision, volume_improvement_amount, bulk_job_id, stoppage_notice,
                    manager_named, supply_manager_id, supply_manager_name, supply_manager_title)
                select nextval('status_change_seq'), yj, rev, resp, reason, eff, $14, $15, ev, cert, cause, outlook,
                       expected, expected_precision, volume, improvement, improvement_precision, amount, $16, notice,
                       case when notice then m.id is not null end, m.id, m.name, m.title
                from unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::date[], $6::uuid[], $7::text[],
                            $8::text[], $9::text[], $10::date[], $11::text[], $12::date[], $13::text[], $17::boolean[],
                            $18::text[], $19::text[])
                     with ordinality as t(yj, rev, resp, reason, eff, ev, cert, cause, outlook, expected, volume,
                                          improvement, amount, notice, expected_precision, improvement_precision, n)
                left join product p on t.notice and p.yj_code = t.yj
                left join lateral (select s.id, s.name, s.title from supply_manager s
                                   where s.organisation_code = p.manufacturer_code
                                   order by s.id desc limit 1) m on t.notice
                order by n
                returning id, event_id, manager_named, supply_manager_id, supply_manager_name, supply_manager_title""")
                .execute(Tuple.from(Arrays.<Object>asList(yj, revision, response, reason, effective, eventId, certainty,
                        cause, outlook, expected, volume, improvement, amount,
                        first.reportedAt.atOffset(ZoneOffset.UTC), first.reportedBy, bulkJobId, notice,
                        BatchArrays.text(changes, s -> name(s.report.expectedResolutionPrecision())),
                        BatchArrays.text(changes, s -> name(s.report.volumeImprovementPrecision())))))
                .invoke(rows -> {
                    Map<UUID, Row> byEvent = new HashMap<>(n * 2);
                    rows.forEach(r -> byEvent.put(r.getUUID("event_id"), r));
                    for (StatusChange change : changes) {
                        Row r = byEvent.get(change.eventId);
                        change.id = r.getLong("id");
                        change.managerNamed = r.getBoolean("manager_named");
                        change.supplyManagerId = r.getLong("supply_manager_id");
                        change.supplyManagerName = r.getString("supply_manager_name");
                        change.supplyManagerTitle = r.getString("supply_manager_title");
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Each product's status on a day of its own (the change with the latest effective date on or before that day,
     * the highest revision among changes effective the same day), by YJ code; a product with none is left out.
     */
    public Uni<Map<String, StatusChange>> statusesOn(SqlClient client, String[] yjCodes, LocalDate[] days) {
        return client.preparedQuery("""
                select s.* from unnest($1::text[], $2::date[]) as t(yj, day)
                join lateral (select %s from status_change c
                              where c.yj_code = t.yj and c.effective_date <= t.day
                              order by c.effective_date desc, c.revision desc limit 1) s on true""".formatted(COLUMNS))
                .execute(Tuple.of(yjCodes, days))
                .map(rows -> {
                    Map<String, StatusChange> statuses = new HashMap<>(rows.size() * 2);
                    rows.forEach(r -> statuses.put(r.getString("yj_code"), StatusChange.fromRow(r, "id")));
                    return statuses;
                });
    }

    /** One recorded change, or null. */
    public Uni<StatusChange> find(long id) {
        return find(pool, id);
    }

    /** One recorded change, or null, on the caller's connection. */
    public Uni<StatusChange> find(SqlClient client, long id) {
        return client.preparedQuery("select " + COLUMNS + " from status_change where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> Rows.first(rows, row -> StatusChange.fromRow(row, "id")).orElse(null));
    }

    /**
     * A product's changes along its timeline, latest first: by effective date, then by revision (a later report
     * effective the same day supersedes an earlier one).
     */
    public Uni<List<StatusChange>> history(String yjCode) {
        return pool.preparedQuery("select " + COLUMNS
                        + " from status_change where yj_code = $1 order by effective_date desc, revision desc")
                .execute(Tuple.of(yjCode))
                .map(StatusHistoryStore::changes);
    }

    /**
     * The latest {@code limit} changes to the products an organisation holds, across all of them: the most recently
     * reported first (changes reported at once, the later revision first), whatever day each takes effect; with
     * {@code before}, the next ones after that change in this order (none when there is no such change).
     */
    public Uni<List<StatusChange>> latestOf(String manufacturerCode, Long before, int limit) {
        return pool.preparedQuery("select " + COLUMNS + """
                 from status_change
                where yj_code in (select yj_code from product where manufacturer_code = $1)
                  and ($2::bigint is null
                       or (reported_at, id) < (select reported_at, id from status_change where id = $2))
                order by reported_at desc, id desc
                limit $3""")
                .execute(Tuple.of(manufacturerCode, before, limit))
                .map(StatusHistoryStore::changes);
    }

    private static List<StatusChange> changes(RowSet<Row> rows) {
        List<StatusChange> changes = new ArrayList<>(rows.size());
        rows.forEach(r -> changes.add(StatusChange.fromRow(r, "id")));
        return changes;
    }

    /** An optional code as its column keeps it: its name, or null. */
    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
