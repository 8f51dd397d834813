package org.shortagewatch.report.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.report.persistence.StatusChange;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Records status changes and their events together, for a single report and a national list alike: the revisions,
 * the history rows and the outbox rows are written in the caller's transaction, so either all exist or none does.
 * Set-based, straight on the SQL client: one statement for the revisions, one for the history, one for the outbox,
 * however many changes (a single report is the hot path of ingest; an ORM session per report costs more CPU than
 * the database work it wraps).
 */
@ApplicationScoped
public class StatusReporting {

    private static final String COLUMNS = """
            id, yj_code, revision, shipment_response, reason, effective_date, reported_at, reported_by, event_id,
            effective_date_certainty, cause_yj_code, resolution_outlook, expected_resolution_date, shipment_volume,
            volume_improvement_date, volume_improvement_amount""";

    @Inject
    Outbox outbox;

    /**
     * Numbers, stores and announces the changes in the transaction of {@code c}; sets each change's id, revision,
     * report time and event id.
     *
     * @param bulkJobId the bulk job the changes come from, or null for a single report
     */
    public Uni<List<StatusChange>> record(SqlConnection c, List<StatusChange> changes, UUID bulkJobId) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // Locks each product's revision counter in YJ-code order, the same order for every writer: no deadlock.
        List<StatusChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(change -> change.yjCode));
        String[] yj = sorted.stream().map(change -> change.yjCode).toArray(String[]::new);
        return c.preparedQuery("""
                insert into product_revision (yj_code, revision)
                select code, 1 from unnest($1::text[]) with ordinality as t(code, n) order by n
                on conflict (yj_code) do update set revision = product_revision.revision + 1
                returning yj_code, revision""")
                .execute(Tuple.of(yj))
                .chain(rows -> {
                    Map<String, Long> revisions = new HashMap<>();
                    rows.forEach(r -> revisions.put(r.getString("yj_code"), r.getLong("revision")));
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    for (StatusChange change : sorted) {
                        change.revision = revisions.get(change.yjCode);
                        change.reportedAt = now;
                        change.eventId = UUID.randomUUID();
                    }
                    return insertHistory(c, sorted, bulkJobId);
                })
                .chain(() -> outbox.appendAll(c, sorted.stream().map(StatusReporting::eventOf).toList()))
                .replaceWith(sorted);
    }

    /** One recorded change, or null. */
    public Uni<StatusChange> find(SqlClient client, long id) {
        return client.preparedQuery("select " + COLUMNS + " from status_change where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : StatusChange.fromRow(rows.iterator().next(), "id"));
    }

    /** The holder (manufacturer code) of each of these products that exists. */
    public static Uni<Map<String, String>> holders(SqlClient client, Collection<String> yjCodes) {
        return client.preparedQuery("select yj_code, manufacturer_code from product where yj_code = any($1)")
                .execute(Tuple.of(yjCodes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> holders = new HashMap<>();
                    rows.forEach(r -> holders.put(r.getString("yj_code"), r.getString("manufacturer_code")));
                    return holders;
                });
    }

    private static Uni<Void> insertHistory(SqlConnection c, List<StatusChange> changes, UUID bulkJobId) {
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
        for (int i = 0; i < n; i++) {
            StatusChange s = changes.get(i);
            yj[i] = s.yjCode;
            revision[i] = s.revision;
            response[i] = s.shipmentResponse.name();
            reason[i] = s.reason == null ? null : s.reason.name();
            effective[i] = s.effectiveDate;
            eventId[i] = s.eventId;
            certainty[i] = s.effectiveDateCertainty.name();
            cause[i] = s.causeYjCode;
            outlook[i] = s.resolutionOutlook == null ? null : s.resolutionOutlook.name();
            expected[i] = s.expectedResolutionDate;
            volume[i] = s.shipmentVolume == null ? null : s.shipmentVolume.name();
            improvement[i] = s.volumeImprovementDate;
            amount[i] = s.volumeImprovementAmount;
        }
        StatusChange first = changes.get(0);
        // Each row takes its own value of the id sequence: ids stay unique beside Hibernate's pooled blocks.
        return c.preparedQuery("""
                insert into status_change (id, yj_code, revision, shipment_response, reason, effective_date,
                    reported_at, reported_by, event_id, effective_date_certainty, cause_yj_code, resolution_outlook,
                    expected_resolution_date, shipment_volume, volume_improvement_date, volume_improvement_amount,
                    bulk_job_id)
                select nextval('status_change_seq'), yj, rev, resp, reason, eff, $14, $15, ev, cert, cause, outlook,
                       expected, volume, improvement, amount, $16
                from unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::date[], $6::uuid[], $7::text[],
                            $8::text[], $9::text[], $10::date[], $11::text[], $12::date[], $13::text[])
                     with ordinality as t(yj, rev, resp, reason, eff, ev, cert, cause, outlook, expected, volume,
                                          improvement, amount, n)
                order by n
                returning id, event_id""")
                .execute(Tuple.from(Arrays.<Object>asList(yj, revision, response, reason, effective, eventId, certainty,
                        cause, outlook, expected, volume, improvement, amount,
                        first.reportedAt.atOffset(ZoneOffset.UTC), first.reportedBy, bulkJobId)))
                .invoke(rows -> {
                    Map<UUID, Long> ids = new HashMap<>(n * 2);
                    rows.forEach(r -> ids.put(r.getUUID("event_id"), r.getLong("id")));
                    changes.forEach(change -> change.id = ids.get(change.eventId));
                })
                .replaceWithVoid();
    }

    static OutboxEvent eventOf(StatusChange change) {
        SupplyStatusChanged event = new SupplyStatusChanged(change.yjCode, change.revision, change.shipmentResponse,
                change.reason, change.effectiveDate, change.reportedAt, change.reportedBy, change.effectiveDateCertainty,
                change.causeYjCode, change.resolutionOutlook, change.expectedResolutionDate, change.shipmentVolume,
                change.volumeImprovementDate, change.volumeImprovementAmount);
        return new OutboxEvent(change.eventId, SupplyStatusChanged.TOPIC, change.yjCode, SupplyStatusChanged.TYPE,
                change.yjCode, change.reportedAt, EventJson.write(event));
    }
}
