package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * The delivery ledger, written set-based: one statement matches every subscriber of an event and writes its ledger
 * rows, whatever the number of recipients. The unique (cause, recipient, channel) key makes a repeat a no-op.
 */
@ApplicationScoped
public class Ledger {

    public static final String WEBHOOK = "WEBHOOK";
    /** Notified at commit when new deliveries are due. */
    public static final String CHANNEL = "delivery";

    /** One ledger entry as a subscriber or operator sees it. */
    public record Entry(UUID id, UUID causeEventId, String channel, String status, int attempts,
            Instant nextAttemptAt, Instant deliveredAt, String lastError) {
    }

    /** Records the alert for a cause event and a pending webhook delivery for every active subscriber of the product. */
    public Uni<Integer> recordAlert(Mutiny.Session session, UUID causeEventId, String yjCode, String payload) {
        return session.createNativeMutationQuery("""
                insert into alert (cause_event_id, yj_code, payload) values (:cause, :yj, :payload)
                on conflict do nothing""")
                .setParameter("cause", causeEventId)
                .setParameter("yj", yjCode)
                .setParameter("payload", payload)
                .executeUpdate()
                .chain(() -> session.createNativeMutationQuery("""
                        insert into delivery (id, cause_event_id, subscription_id, channel, status)
                        select gen_random_uuid(), :cause, s.id, :channel, 'PENDING'
                        from subscription s where s.yj_code = :yj and s.active
                        on conflict (cause_event_id, subscription_id, channel) do nothing""")
                        .setParameter("cause", causeEventId)
                        .setParameter("yj", yjCode)
                        .setParameter("channel", WEBHOOK)
                        .executeUpdate())
                .call(count -> count == 0 ? Uni.createFrom().voidItem()
                        : session.createNativeQuery("select pg_notify('" + CHANNEL + "', '')").getSingleResult());
    }

    public Uni<List<Entry>> forSubscription(Mutiny.Session session, UUID subscriptionId) {
        return session.createNativeQuery("""
                select id, cause_event_id, channel, status, attempts, next_attempt_at, delivered_at, last_error
                from delivery where subscription_id = :s order by created_at desc limit 100""", Object[].class)
                .setParameter("s", subscriptionId)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new Entry((UUID) r[0], (UUID) r[1], (String) r[2],
                        (String) r[3], ((Number) r[4]).intValue(), instant(r[5]), instant(r[6]), (String) r[7]))
                        .toList());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
