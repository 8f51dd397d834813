package org.shortagewatch.allocation.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.events.SupplyStatusChanged;

/**
 * Folds supply-status events into a product's current status. Events of one product arrive in order on one
 * partition, but a replayed or late event may still carry a revision the product has passed: only a higher
 * revision than the stored one changes the current status.
 */
public final class SupplyStatusProjection {

    private SupplyStatusProjection() {
    }

    /**
     * Refuses an event this service cannot apply, with {@link IllegalArgumentException} (which dead-letters it):
     * a required field missing, a malformed YJ code, a revision below 1, or a record key or subject naming another
     * product than the body.
     */
    public static void check(SupplyStatusChanged event, String recordKey, String subject) {
        StatusReport report = event.report();
        if (!YjCodes.isValid(report.yjCode())) {
            throw new IllegalArgumentException("yjCode '" + report.yjCode() + "' " + YjCodes.FORMAT_HINT);
        }
        if (event.revision() < 1) {
            throw new IllegalArgumentException("revision " + event.revision() + " is below 1");
        }
        if (report.shipmentResponse() == null) {
            throw new IllegalArgumentException("shipmentResponse is missing");
        }
        if (report.effectiveDate() == null) {
            throw new IllegalArgumentException("effectiveDate is missing");
        }
        if (event.reportedAt() == null) {
            throw new IllegalArgumentException("reportedAt is missing");
        }
        if (recordKey != null && !recordKey.equals(report.yjCode())) {
            throw new IllegalArgumentException("record key " + recordKey + " is not the event's yjCode "
                    + report.yjCode());
        }
        if (subject != null && !subject.equals(report.yjCode())) {
            throw new IllegalArgumentException("ce_subject " + subject + " is not the event's yjCode "
                    + report.yjCode());
        }
    }

    /** Whether the event is newer than what is stored: the first event of a product always is. */
    public static boolean isNewer(Optional<SupplyStatus> stored, SupplyStatusChanged event) {
        return stored.map(current -> event.revision() > current.revision()).orElse(true);
    }

    /**
     * The product's status after the event.
     *
     * @param now when the event is applied
     * @return the new current status, or empty when the event is not newer than the stored one (nothing changes)
     */
    public static Optional<SupplyStatus> next(Optional<SupplyStatus> stored, UUID eventId, SupplyStatusChanged event,
            Instant now) {
        if (!isNewer(stored, event)) {
            return Optional.empty();
        }
        StatusReport report = event.report();
        return Optional.of(new SupplyStatus(report.yjCode(), event.revision(), report.shipmentResponse(),
                report.reason(), report.effectiveDate(), event.reportedAt(), now, eventId));
    }
}
