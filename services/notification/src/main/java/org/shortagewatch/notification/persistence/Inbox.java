package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import org.hibernate.reactive.mutiny.Mutiny;
import org.shortagewatch.notification.domain.Severity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** A recipient's inbox and feed: its INBOX and SSE ledger rows with what they say, in feed order. */
@ApplicationScoped
public class Inbox {

    @Inject
    Pool pool;

    /** One message as the recipient sees it; {@code position} is its feed position (the SSE event id). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(UUID id, UUID causeId, long position, String kind, String severity, String subject,
            String bodyText, @JsonRawValue String payload, @JsonRawValue String detail, Instant createdAt, Instant readAt,
            Instant acknowledgedAt) {
    }

    private static final String SELECT = """
            select d.id, d.cause_event_id, d.seq, a.kind, a.severity, a.subject, a.body_text, a.payload, d.detail,
                   d.created_at, d.read_at, d.acknowledged_at
            from delivery d join alert a on a.cause_event_id = d.cause_event_id
            """;

    public Uni<List<Entry>> list(Mutiny.Session session, String recipient, boolean unreadOnly, int limit) {
        return session.createNativeQuery(SELECT + """
                where d.recipient = :r and d.channel = 'INBOX' and (not :unread or d.read_at is null)
                order by d.seq desc limit :limit""", Object[].class)
                .setParameter("r", recipient)
                .setParameter("unread", unreadOnly)
                .setParameter("limit", limit)
                .getResultList()
                .map(rows -> rows.stream().map(Inbox::entry).toList());
    }

    /**
     * The feed (SSE rows) after a position, oldest first. Through the Vert.x pool, not a Hibernate session, so a
     * stream can poll it from any thread.
     */
    public Uni<List<Entry>> feedAfter(String recipient, long after, int limit) {
        return pool.preparedQuery(SELECT + """
                where d.recipient = $1 and d.channel = 'SSE' and d.seq > $2
                order by d.seq limit $3""")
                .execute(Tuple.of(recipient, after, limit))
                .map(rows -> {
                    List<Entry> entries = new ArrayList<>();
                    for (Row r : rows) {
                        entries.add(new Entry(r.getUUID(0), r.getUUID(1), r.getLong(2), r.getString(3),
                                Severity.ofLevel(r.getInteger(4)).name(), r.getString(5), r.getString(6),
                                r.getString(7), r.getString(8), instant(r.getOffsetDateTime(9)),
                                instant(r.getOffsetDateTime(10)), instant(r.getOffsetDateTime(11))));
                    }
                    return entries;
                });
    }

    private static Instant instant(java.time.OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** A timestamp as Hibernate hands back a native query's column. */
    private static Instant timestamp(Object value) {
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

    /** Marks a message read, or read and acknowledged; false when the recipient has no such message. */
    public Uni<Boolean> mark(Mutiny.Session session, String recipient, UUID id, boolean acknowledge) {
        return session.createNativeQuery("""
                update delivery set read_at = coalesce(read_at, now()),
                    acknowledged_at = case when :ack then coalesce(acknowledged_at, now()) else acknowledged_at end
                where id = :id and recipient = :r and channel = 'INBOX'""")
                .setParameter("ack", acknowledge)
                .setParameter("id", id)
                .setParameter("r", recipient)
                .executeUpdate()
                .map(n -> n == 1);
    }

    /** Acknowledges the recipient's inbox entry of one cause (a notice); false when it has none. */
    public Uni<Boolean> acknowledgeCause(Mutiny.Session session, String recipient, UUID cause) {
        return session.createNativeQuery("""
                update delivery set read_at = coalesce(read_at, now()), acknowledged_at = coalesce(acknowledged_at, now())
                where cause_event_id = :cause and recipient = :r and channel = 'INBOX'""")
                .setParameter("cause", cause)
                .setParameter("r", recipient)
                .executeUpdate()
                .map(n -> n == 1);
    }

    private static Entry entry(Object[] r) {
        return new Entry((UUID) r[0], (UUID) r[1], ((Number) r[2]).longValue(), (String) r[3],
                Severity.ofLevel(((Number) r[4]).intValue()).name(), (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], timestamp(r[9]), timestamp(r[10]), timestamp(r[11]));
    }
}
