package org.shortagewatch.notification.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A facility's quiet hours, in Japan time: pushed messages (e-mail, webhook) falling inside wait until the window
 * ends. A window may span midnight (22:00-07:00). Critical alerts are never held back. Start equal to end, or
 * either missing, means no quiet hours.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    public static final QuietHours NONE = new QuietHours(null, null);

    public boolean isSet() {
        return start != null && end != null && !start.equals(end);
    }

    /** When a message of this severity, due now, may go out: empty when now is fine. */
    public Optional<Instant> deferUntil(Instant now, Severity severity) {
        if (!isSet() || severity == Severity.CRITICAL) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(JAPAN);
        LocalTime t = local.toLocalTime();
        boolean spansMidnight = start.isAfter(end);
        boolean inside = spansMidnight ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
        if (!inside) {
            return Optional.empty();
        }
        ZonedDateTime endToday = local.with(end).withNano(0);
        ZonedDateTime until = endToday.isAfter(local) ? endToday : endToday.plusDays(1);
        return Optional.of(until.toInstant());
    }
}
