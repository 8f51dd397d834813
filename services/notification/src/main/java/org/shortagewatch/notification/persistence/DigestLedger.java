package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * The delivery ledger's side of daily digests: the e-mails waiting for their facility's digest ({@code DIGEST} rows),
 * and the digests written for them, set-based (three statements, whatever the number of facilities).
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
     * Every waiting e-mail, by recipient and age, locked for the session's transaction; rows another transaction
     * holds are left for it.
     */
    public Uni<List<Waiting>> lockWaiting(Mutiny.Session session) {
        return session.createNativeQuery("""
                select d.id, d.recipient, f.name as facility_name, a.subject, a.body_text, a.severity, d.created_at
                from delivery d join alert a on a.cause_event_id = d.cause_event_id
                left join facility f on f.code = d.recipient
                where d.status = 'DIGEST' order by d.recipient, d.created_at
                for update of d skip locked""", Tuple.class)
                .getResultList()
                .map(rows -> rows.stream().map(DigestLedger::waiting).toList());
    }

    /** The one place a waiting row becomes a {@link Waiting}. */
    private static Waiting waiting(Tuple r) {
        return new Waiting(r.get("id", UUID.class), r.get("recipient", String.class),
                r.get("facility_name", String.class), r.get("subject", String.class), r.get("body_text", String.class),
                r.get("severity", Number.class).intValue(), r.get("created_at", OffsetDateTime.class).toInstant());
    }

    /**
     * Writes the digests in the session's transaction: a digest alert and one pending e-mail delivery each, and the
     * rows each takes in marked {@code DIGESTED} with its id.
     */
    public Uni<Void> write(Mutiny.Session session, List<DigestMail> digests) {
        UUID[] ids = digests.stream().map(DigestMail::id).toArray(UUID[]::new);
        return session.createNativeQuery("""
                insert into alert (cause_event_id, kind, severity, payload, subject, body_text)
                select id, 'DIGEST', 0, p, s, b
                from unnest(cast(:ids as uuid[]), cast(:payloads as text[]), cast(:subjects as text[]),
                            cast(:bodies as text[])) as t(id, p, s, b)""")
                .setParameter("ids", ids)
                .setParameter("payloads", digests.stream().map(DigestMail::payload).toArray(String[]::new))
                .setParameter("subjects", digests.stream().map(DigestMail::subject).toArray(String[]::new))
                .setParameter("bodies", digests.stream().map(DigestMail::bodyText).toArray(String[]::new))
                .executeUpdate()
                .chain(() -> session.createNativeQuery("""
                        insert into delivery (id, cause_event_id, recipient, channel, status)
                        select ledger_id(), id, r, 'EMAIL', 'PENDING'
                        from unnest(cast(:ids as uuid[]), cast(:recipients as text[])) as t(id, r)""")
                        .setParameter("ids", ids)
                        .setParameter("recipients", digests.stream().map(DigestMail::recipient).toArray(String[]::new))
                        .executeUpdate())
                .chain(() -> session.createNativeQuery("""
                        update delivery d set status = 'DIGESTED', digest_id = t.digest
                        from unnest(cast(:items as uuid[]), cast(:digests as uuid[])) as t(id, digest)
                        where d.id = t.id""")
                        .setParameter("items", digests.stream().flatMap(d -> d.items().stream()).toArray(UUID[]::new))
                        .setParameter("digests", digests.stream()
                                .flatMap(d -> d.items().stream().map(item -> d.id())).toArray(UUID[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }
}
