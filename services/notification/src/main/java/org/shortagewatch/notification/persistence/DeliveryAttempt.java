package org.shortagewatch.notification.persistence;

import java.util.Optional;

import org.shortagewatch.notification.domain.DeliveryPolicy;

/**
 * What one send of a {@link DueDelivery} came to, to be recorded with the rest of its batch: the HTTP status (none
 * for e-mail or when nothing answered), the error, what happens next, and how long the send took.
 */
public record DeliveryAttempt(DueDelivery due, Integer status, String error, DeliveryPolicy.Decision decision,
        int millis) {

    /** An attempt that can never succeed (no URL, no address, a refused target): the delivery fails for good. */
    public static DeliveryAttempt failedForGood(DueDelivery due, String error) {
        return new DeliveryAttempt(due, null, error,
                new DeliveryPolicy.Decision(DeliveryPolicy.Status.FAILED, Optional.empty(), false), 0);
    }
}
