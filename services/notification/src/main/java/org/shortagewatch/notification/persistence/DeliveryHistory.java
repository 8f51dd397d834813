package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.Rows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** What the delivery ledger says happened: a subscription's deliveries, and how far a notice got. */
@ApplicationScoped
public class DeliveryHistory {

    @Inject
    Pool pool;

    /** One ledger entry as a subscriber or operator sees it. */
    public record Entry(UUID id, UUID causeEventId, String channel, String status, int attempts,
            Instant nextAttemptAt, Instant deliveredAt, String lastError) {
    }

    /**
     * How far one cause (a notice, or its withdrawal) got: distinct recipients reached, delivered to, who read and who
     * acknowledged it, and its e-mails and webhooks, sent, delivered and failed for good.
     */
    public record CauseCounts(long recipients, long delivered, long read, long acknowledged, long emails,
            long emailsDelivered, long emailsFailed, long webhooks, long webhooksDelivered, long webhooksFailed) {
    }

    /** A subscription's deliveries, newest first (at most 100). */
    public Uni<List<Entry>> forSubscription(UUID subscriptionId) {
        return pool.preparedQuery("""
                select id, cause_event_id, channel, status, attempts, next_attempt_at, delivered_at, last_error
                from delivery where subscription_id = $1 order by created_at desc limit 100""")
                .execute(Tuple.of(subscriptionId))
                .map(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    for (Row r : rows) {
                        entries.add(new Entry(r.getUUID("id"), r.getUUID("cause_event_id"), r.getString("channel"),
                                r.getString("status"), r.getInteger("attempts"),
                                Rows.instant(r, "next_attempt_at"),
                                Rows.instant(r, "delivered_at"), r.getString("last_error")));
                    }
                    return entries;
                });
    }

    /** The counts of one cause's ledger. */
    public Uni<CauseCounts> countsOf(UUID cause) {
        return pool.preparedQuery("""
                select count(distinct recipient) as recipients,
                       count(distinct recipient) filter (where status = 'DELIVERED') as delivered,
                       count(distinct recipient) filter (where read_at is not null) as read,
                       count(distinct recipient) filter (where acknowledged_at is not null) as acknowledged,
                       count(*) filter (where channel = 'EMAIL') as emails,
                       count(*) filter (where channel = 'EMAIL' and status = 'DELIVERED') as emails_delivered,
                       count(*) filter (where channel = 'EMAIL' and status = 'FAILED') as emails_failed,
                       count(*) filter (where channel = 'WEBHOOK') as webhooks,
                       count(*) filter (where channel = 'WEBHOOK' and status = 'DELIVERED') as webhooks_delivered,
                       count(*) filter (where channel = 'WEBHOOK' and status = 'FAILED') as webhooks_failed
                from delivery where cause_event_id = $1""")
                .execute(Tuple.of(cause))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new CauseCounts(r.getLong("recipients"), r.getLong("delivered"), r.getLong("read"),
                            r.getLong("acknowledged"), r.getLong("emails"), r.getLong("emails_delivered"),
                            r.getLong("emails_failed"), r.getLong("webhooks"), r.getLong("webhooks_delivered"),
                            r.getLong("webhooks_failed"));
                });
    }
}
