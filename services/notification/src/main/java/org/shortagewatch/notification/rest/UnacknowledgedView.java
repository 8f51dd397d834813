package org.shortagewatch.notification.rest;

import java.util.List;

import org.shortagewatch.notification.persistence.NoticeAcknowledgements;

/** One page (numbered from 1) of the recipients who have not acknowledged a notice, and how many there are in all. */
public record UnacknowledgedView(List<NoticeAcknowledgements.Addressee> items, int page, int size, long totalItems,
        long totalPages) {

    static UnacknowledgedView of(NoticeAcknowledgements.AddresseePage found, int page, int size) {
        return new UnacknowledgedView(found.items(), page, size, found.total(), (found.total() + size - 1) / size);
    }
}
