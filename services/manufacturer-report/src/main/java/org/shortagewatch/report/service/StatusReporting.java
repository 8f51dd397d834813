package org.shortagewatch.report.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.messaging.Outbox;
import org.shortagewatch.common.messaging.OutboxEvent;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.report.persistence.StatusChange;
import org.shortagewatch.report.persistence.StatusChangeRepository;

import io.smallrye.mutiny.Uni;

/**
 * Records a status change and its event together: the history row and the outbox row are written in the
 * caller's transaction, so either both exist or neither does.
 */
@ApplicationScoped
public class StatusReporting {

    @Inject
    StatusChangeRepository changes;

    @Inject
    Outbox outbox;

    /** Must run inside a transaction. */
    public Uni<StatusChange> record(StatusChange change) {
        change.reportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        change.eventId = UUID.randomUUID();
        return changes.nextRevision(change.yjCode)
                .invoke(revision -> change.revision = revision)
                .chain(() -> changes.persist(change))
                .chain(() -> changes.getSession())
                .chain(session -> outbox.append(session, eventOf(change)))
                .replaceWith(change);
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
