package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.common.sql.BatchArrays;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The delivery ledger's side of daily digests: the e-mails waiting for their facility's digest ({@code DIGEST} rows),
 * and the digests written for them, set-based (three statements, whatever the number of facilities), on the SQL
 * client in the caller's transaction.
 */
@ApplicationScoped
public class DigestLedger {

    /** One e-mail waiting for the digest of {@code recipient} (a facility; its name null when it has none). */
    public record Waiting(UUID id, String recipient, String facilityName, String subject, String bodyText,
            int severity, Instant createdAt) {
    }

    /** One digest: its alert and pending e-mail, and the waiting rows ({@code items}) it takes in. */
    public record DigestMail(UUID id, String recipient, String payload, String subject, String bodyText,
            List<UUID> items) {
    }

    /**
     * Every waiting e-mail, by recipient and age, locked for the caller's transaction; rows another transaction
     * holds are left for it.
     */
    public Uni<List<Waiting>> lockWaiting(SqlConnection c) {
        return c.query("""
                select d.id, d.recipient, f.name as facility_name, a.subject, a.body_text, a.severity, d.created_at
                from delivery d join alert a on a.cause_event_id = d.cause_event_id
                left join facility f on f.code = d.recipient
                where d.status = 'DIGEST' order by d.recipient, d.created_at
                for update of d skip locked""")
                .execute()
                .map(rows -> Rows.list(rows, DigestLedger::waiting));
    }

    /** The one place a waiting row becomes a {@link Waiting}. */
    private static Waiting waiting(Row r) {
        return new Waiting(r.getUUID("id"), r.getString("recipient"), r.getString("facility_name"),
                r.getString("subject"), r.getString("body_text"), r.getInteger("severity"),
                r.getOffsetDateTime("created_at").toInstant());
    }

    /**
     * Writes the digests in the caller's transaction: a digest alert and one pending e-mail delivery each, and the
     * rows each takes in marked {@code DIGESTED} with its id.
     */
    public Uni<Void> write(SqlConnection c, List<DigestMail> digests) {
        UUID[] ids = BatchArrays.uuid(digests, DigestMail::id);
        return c.preparedQuery("""
                insert into alert (cause_event_id, kind, severity, payload, subject, body_text)
                select id, 'DIGEST', 0, p, s, b
                from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as t(id, p, s, b)""")
                .execute(Tuple.of(ids, BatchArrays.text(digests, DigestMail::payload),
                        BatchArrays.text(digests, DigestMail::subject), BatchArrays.text(digests, DigestMail::bodyText)))
                .chain(() -> c.preparedQuery("""
                        insert into delivery (id, cause_event_id, recipient, channel, status)
                        select delivery_id(id, r, 'EMAIL'), id, r, 'EMAIL', 'PENDING'
                        from unnest($1::uuid[], $2::text[]) as t(id, r)""")
                        .execute(Tuple.of(ids, BatchArrays.text(digests, DigestMail::recipient))))
                .chain(() -> c.preparedQuery("""
                        update delivery d set status = 'DIGESTED', digest_id = t.digest
                        from unnest($1::uuid[], $2::uuid[]) as t(id, digest)
                        where d.id = t.id""")
                        .execute(Tuple.of(
                                digests.stream().flatMap(d -> d.items().stream()).toArray(UUID[]::new),
                                digests.stream().flatMap(d -> d.items().stream().map(item -> d.id()))
                                        .toArray(UUID[]::new))))
                .replaceWithVoid();
    }
}
