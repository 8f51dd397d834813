package org.shortagewatch.notification.persistence;

import java.time.Instant;

/**
 * A claimed delivery put back untried until {@code until}: past its recipient's quiet hours ({@code quietHours}), or
 * at once when its round closed before it was started. Neither is an attempt.
 */
public record Deferral(DueDelivery due, Instant until, boolean quietHours) {
}
