package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.notification.domain.Severity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A recipient's inbox and feed: its INBOX and SSE ledger rows with what they say, in feed order. Reading them is
 * read-only and outside any transaction, through the Vert.x pool (a stream polls its feed from any thread); marking
 * a message read or acknowledged is a change, on the SQL client in the caller's transaction.
 */
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

    /** The recipient's inbox, newest first; only what it has not read when {@code unreadOnly}. */
    public Uni<List<Entry>> list(String recipient, boolean unreadOnly, int limit) {
        return entries(SELECT + """
                where d.recipient = $1 and d.channel = 'INBOX' and (not $2 or d.read_at is null)
                order by d.seq desc limit $3""", Tuple.of(recipient, unreadOnly, limit));
    }

    /** The feed (SSE rows) after a position, oldest first. */
    public Uni<List<Entry>> feedAfter(String recipient, long after, int limit) {
        return entries(SELECT + """
                where d.recipient = $1 and d.channel = 'SSE' and d.seq > $2
                order by d.seq limit $3""", Tuple.of(recipient, after, limit));
    }

    private Uni<List<Entry>> entries(String query, Tuple arguments) {
        return pool.preparedQuery(query).execute(arguments).map(rows -> {
            List<Entry> entries = new ArrayList<>();
            for (Row row : rows) {
                entries.add(entry(row));
            }
            return entries;
        });
    }

    /** The one place a row of {@link #SELECT} becomes an {@link Entry}. */
    private static Entry entry(Row r) {
        return new Entry(r.getUUID("id"), r.getUUID("cause_event_id"), r.getLong("seq"), r.getString("kind"),
                Severity.ofLevel(r.getInteger("severity")).name(), r.getString("subject"), r.getString("body_text"),
                r.getString("payload"), r.getString("detail"), Rows.instant(r, "created_at"),
                Rows.instant(r, "read_at"), Rows.instant(r, "acknowledged_at"));
    }

    /** Marks a message read, or read and acknowledged; false when the recipient has no such message. */
    public Uni<Boolean> mark(SqlConnection c, String recipient, UUID id, boolean acknowledge) {
        return c.preparedQuery("""
                update delivery set read_at = coalesce(read_at, now()),
                    acknowledged_at = case when $1::boolean then coalesce(acknowledged_at, now()) else acknowledged_at end
                where id = $2 and recipient = $3 and channel = 'INBOX'""")
                .execute(Tuple.of(acknowledge, id, recipient))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Acknowledges the recipient's inbox entry of one cause (a notice); false when it has none. */
    public Uni<Boolean> acknowledgeCause(SqlConnection c, String recipient, UUID cause) {
        return c.preparedQuery("""
                update delivery set read_at = coalesce(read_at, now()), acknowledged_at = coalesce(acknowledged_at, now())
                where cause_event_id = $1 and recipient = $2 and channel = 'INBOX'""")
                .execute(Tuple.of(cause, recipient))
                .map(rows -> rows.rowCount() == 1);
    }
}
