package org.shortagewatch.notification.persistence;

import java.util.UUID;

import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.QuietHours;
import org.shortagewatch.notification.domain.Severity;

/**
 * A pushed delivery (webhook or e-mail) claimed for sending, with everything the send needs: the endpoint and its
 * secrets (the previous one while it is still valid), the alert as rendered, the recipient's address and quiet hours.
 * {@code attempts} counts this claim, and identifies it when its outcome is recorded. {@code urgency} is what quiet
 * hours judge it by: the most severe of its alert and those about later revisions of the same product waiting behind
 * it for the same recipient, so a critical change never waits out quiet hours behind an earlier one.
 */
public record DueDelivery(UUID id, Channel channel, int attempts, String url, String secret, String previousSecret,
        String payload, String subject, String bodyText, String bodyHtml, Severity urgency, String email,
        QuietHours quietHours) {
}
