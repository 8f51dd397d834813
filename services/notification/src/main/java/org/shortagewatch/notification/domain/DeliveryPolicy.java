package org.shortagewatch.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** What follows one webhook attempt, per the Standard Webhooks conventions. */
public final class DeliveryPolicy {

    public enum Status { DELIVERED, PENDING, FAILED }

    /**
     * @param status the delivery's state after this attempt
     * @param retryIn when {@code PENDING}: the wait before the next attempt
     * @param disableEndpoint the receiver said the endpoint is gone (410): stop sending to it
     */
    public record Decision(Status status, Optional<Duration> retryIn, boolean disableEndpoint) {
    }

    private DeliveryPolicy() {
    }

    /**
     * @param attemptsMade attempts so far, this one included
     * @param statusCode the receiver's HTTP status, or {@code null} when no answer came (timeout, refused)
     * @param retryAfter what the receiver asked for in {@code Retry-After}, if anything
     */
    public static Decision decide(int attemptsMade, Integer statusCode, Optional<Duration> retryAfter,
            RetrySchedule schedule) {
        if (statusCode != null && statusCode >= 200 && statusCode < 300) {
            return new Decision(Status.DELIVERED, Optional.empty(), false);
        }
        if (statusCode != null && statusCode == 410) {
            return new Decision(Status.FAILED, Optional.empty(), true);
        }
        return schedule.nextDelay(attemptsMade, retryAfter)
                .map(delay -> new Decision(Status.PENDING, Optional.of(delay), false))
                .orElseGet(() -> new Decision(Status.FAILED, Optional.empty(), false));
    }

    /** Reads a {@code Retry-After} value: delay in seconds or an HTTP date. */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
