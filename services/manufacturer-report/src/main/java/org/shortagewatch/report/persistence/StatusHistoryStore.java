package org.shortagewatch.report.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.common.sql.BatchArrays;

import io.smallrye.mutiny.Uni;

/**
 * Stores status changes set-based, as native SQL on the session in the caller's transaction: one statement numbers
 * the revisions, one writes the history, however many changes (a single report and a national list alike).
 */
@ApplicationScoped
public class StatusHistoryStore {

    /**
     * Takes the next revision of each product, in the order given (pass YJ-code order: the same lock order for
     * every writer, so no deadlock); returns each product's new revision.
     */
    public Uni<Map<String, Long>> nextRevisions(Mutiny.Session session, String[] yjCodes) {
        return session.createNativeQuery("""
                insert into product_revision (yj_code, revision)
                select code, 1 from unnest(cast(:codes as text[])) with ordinality as t(code, n) order by n
                on conflict (yj_code) do update set revision = product_revision.revision + 1
                returning yj_code, revision""", Tuple.class)
                .setParameter("codes", yjCodes)
                .getResultList()
                .map(rows -> {
                    Map<String, Long> revisions = new HashMap<>();
                    rows.forEach(r -> revisions.put(r.get("yj_code", String.class), r.get("revision", Long.class)));
                    return revisions;
                });
    }

    /**
     * Writes the changes, numbered and stamped, to the history; sets each one's id. All share the first one's report
     * time and reporter.
     *
     * @param bulkJobId the bulk job the changes come from, or null for a single report
     */
    public Uni<Void> insertHistory(Mutiny.Session session, List<StatusChange> changes, UUID bulkJobId) {
        StatusChange first = changes.get(0);
        // Each row takes its own value of the id sequence: ids stay unique beside Hibernate's pooled blocks.
        return session.createNativeQuery("""
                insert into status_change (id, yj_code, revision, shipment_response, reason, effective_date,
                    reported_at, reported_by, event_id, effective_date_certainty, cause_yj_code, resolution_outlook,
                    expected_resolution_date, shipment_volume, volume_improvement_date, volume_improvement_amount,
                    bulk_job_id)
                select nextval('status_change_seq'), t.yj, t.rev, t.resp, t.reason, t.eff,
                       cast(:reported_at as timestamptz), cast(:reported_by as text), t.ev, t.cert,
                       t.cause, t.outlook, t.expected, t.volume, t.improvement, t.amount, cast(:job as uuid)
                from unnest(cast(:yj as text[]), cast(:rev as bigint[]), cast(:resp as text[]),
                            cast(:reason as text[]), cast(:eff as date[]), cast(:ev as uuid[]), cast(:cert as text[]),
                            cast(:cause as text[]), cast(:outlook as text[]), cast(:expected as date[]),
                            cast(:volume as text[]), cast(:improvement as date[]), cast(:amount as text[]))
                     with ordinality as t(yj, rev, resp, reason, eff, ev, cert, cause, outlook, expected, volume,
                                          improvement, amount, n)
                order by t.n
                returning id, event_id""", Tuple.class)
                .setParameter("yj", BatchArrays.text(changes, s -> s.yjCode))
                .setParameter("rev", BatchArrays.bigint(changes, s -> s.revision))
                .setParameter("resp", BatchArrays.text(changes, s -> s.shipmentResponse.name()))
                .setParameter("reason", BatchArrays.text(changes, s -> s.reason == null ? null : s.reason.name()))
                .setParameter("eff", BatchArrays.date(changes, s -> s.effectiveDate))
                .setParameter("ev", BatchArrays.uuid(changes, s -> s.eventId))
                .setParameter("cert", BatchArrays.text(changes, s -> s.effectiveDateCertainty.name()))
                .setParameter("cause", BatchArrays.text(changes, s -> s.causeYjCode))
                .setParameter("outlook", BatchArrays.text(changes,
                        s -> s.resolutionOutlook == null ? null : s.resolutionOutlook.name()))
                .setParameter("expected", BatchArrays.date(changes, s -> s.expectedResolutionDate))
                .setParameter("volume", BatchArrays.text(changes,
                        s -> s.shipmentVolume == null ? null : s.shipmentVolume.name()))
                .setParameter("improvement", BatchArrays.date(changes, s -> s.volumeImprovementDate))
                .setParameter("amount", BatchArrays.text(changes, s -> s.volumeImprovementAmount))
                .setParameter("reported_at", first.reportedAt)
                .setParameter("reported_by", first.reportedBy)
                .setParameter("job", bulkJobId)
                .getResultList()
                .invoke(rows -> {
                    Map<UUID, Long> ids = new HashMap<>(changes.size() * 2);
                    rows.forEach(r -> ids.put(r.get("event_id", UUID.class), r.get("id", Long.class)));
                    changes.forEach(change -> change.id = ids.get(change.eventId));
                })
                .replaceWithVoid();
    }

    /** One recorded change, or null. */
    public Uni<StatusChange> find(Mutiny.Session session, long id) {
        return session.find(StatusChange.class, id);
    }
}
