package org.shortagewatch.notification.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/**
 * Who receives what: matches the recipients of a cause (the subscriptions that follow a product, or recipients
 * named by the cause) and writes their rows of the delivery ledger, set-based: one statement per cause, whatever the
 * number of recipients. The unique (cause, recipient, channel) key makes a repeat a no-op. The alert itself (what
 * every recipient is told) is written once beside them.
 *
 * <p>Rows of the pulled channels (SSE, INBOX) are delivered as they are written and take a feed position from
 * {@code delivery_feed_seq}. Writers take a transaction-scoped advisory lock first, so positions are drawn in commit
 * order: once a reader sees position n, every position below n is visible too (no gaps for a resuming stream).
 */
@ApplicationScoped
public class RecipientMatcher {

    private static final long FEED_LOCK = 0x46_45_45_44L;

    /** Status and position of a new row, by its channel; e-mail waits for the digest when the facility takes one. */
    static final String NEW_ROW_COLUMNS = """
            case when m.channel in ('SSE', 'INBOX') then 'DELIVERED'
                 when m.channel = 'EMAIL' and f.digest then 'DIGEST' else 'PENDING' end,
            case when m.channel in ('SSE', 'INBOX') then nextval('delivery_feed_seq') end,
            case when m.channel in ('SSE', 'INBOX') then now() end""";

    /** Every active subscription matching the product, one per (facility, channel): the earliest wins. */
    private static final String MATCH_SUPPLY_STATUS = """
            insert into delivery (id, cause_event_id, recipient, subscription_id, channel, status, seq, delivered_at)
            select ledger_id(), :cause, m.facility_code, m.id, m.channel,
            """ + NEW_ROW_COLUMNS + """

            from (select distinct on (s.facility_code, ch.channel) s.facility_code, s.id, ch.channel
                  from product p
                  join subscription s on s.active and s.min_severity <= :severity
                       and (s.kind, s.target) in (('YJ_CODE', p.yj_code), ('INGREDIENT', p.ingredient_key::text),
                            ('THERAPEUTIC_CLASS', p.therapeutic_class::text), ('MANUFACTURER', p.manufacturer_code),
                            ('SUPPLY_SECURITY_CLASS', p.supply_security_class::text))
                  cross join unnest(s.channels) as ch(channel)
                  where p.yj_code = :yj
                  order by s.facility_code, ch.channel, s.created_at) m
            left join facility f on f.code = m.facility_code
            where (m.channel <> 'EMAIL' or f.email is not null)
            on conflict (cause_event_id, recipient, channel) do nothing""";

    /** What recipients are told about one cause, rendered once. */
    public record Alert(UUID cause, String kind, String yjCode, int severity, String payload, String subject,
            String bodyText, String bodyHtml) {
    }

    public Uni<Void> recordAlert(Mutiny.Session session, Alert alert) {
        return session.createNativeQuery("""
                insert into alert (cause_event_id, kind, yj_code, severity, payload, subject, body_text, body_html)
                values (:cause, :kind, :yj, :severity, :payload, :subject, :text, :html)
                on conflict do nothing""")
                .setParameter("cause", alert.cause())
                .setParameter("kind", alert.kind())
                .setParameter("yj", alert.yjCode())
                .setParameter("severity", (short) alert.severity())
                .setParameter("payload", alert.payload())
                .setParameter("subject", alert.subject())
                .setParameter("text", alert.bodyText())
                .setParameter("html", alert.bodyHtml())
                .executeUpdate()
                .replaceWithVoid();
    }

    /** Takes the feed lock for the rest of the transaction: call before writing rows with feed positions. */
    public Uni<Void> lockFeed(Mutiny.Session session) {
        return session.createNativeQuery("select cast(pg_advisory_xact_lock(" + FEED_LOCK + ") as text)")
                .getSingleResult().replaceWithVoid();
    }

    /** Writes the ledger rows of a supply-status alert for every matching subscription and channel. */
    public Uni<Integer> matchSubscribers(Mutiny.Session session, UUID cause, String yjCode, int severity) {
        return lockFeed(session)
                .chain(() -> session.createNativeQuery(MATCH_SUPPLY_STATUS)
                        .setParameter("cause", cause)
                        .setParameter("yj", yjCode)
                        .setParameter("severity", (short) severity)
                        .executeUpdate())
                .call(count -> notifyWritten(session, count));
    }

    /**
     * Writes the ledger rows of a cause addressed to named recipients (facilities, wholesalers), one statement for
     * all: inbox and server-sent events for each, and e-mail for facilities with an address when {@code email}.
     * {@code details}, when given, holds each recipient's own part (same order as {@code recipients}).
     */
    public Uni<Integer> addressTo(Mutiny.Session session, UUID cause, List<String> recipients, List<String> details,
            boolean email) {
        if (recipients.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return lockFeed(session)
                .chain(() -> session.createNativeQuery("""
                        insert into delivery (id, cause_event_id, recipient, channel, status, seq, delivered_at, detail)
                        select ledger_id(), :cause, r.recipient, ch.channel,
                               case when ch.channel = 'EMAIL' then 'PENDING' else 'DELIVERED' end,
                               case when ch.channel <> 'EMAIL' then nextval('delivery_feed_seq') end,
                               case when ch.channel <> 'EMAIL' then now() end,
                               r.detail
                        from (select distinct on (r.recipient) r.recipient, d.detail
                              from unnest(cast(:recipients as text[])) with ordinality as r(recipient, i)
                              left join unnest(cast(:details as text[])) with ordinality as d(detail, i) using (i)
                              order by r.recipient, r.i) r
                        left join facility f on f.code = r.recipient
                        cross join (values ('INBOX'), ('SSE'), ('EMAIL')) as ch(channel)
                        where ch.channel <> 'EMAIL' or (:email and f.email is not null)
                        on conflict (cause_event_id, recipient, channel) do nothing""")
                        .setParameter("cause", cause)
                        .setParameter("recipients", recipients.toArray(String[]::new))
                        .setParameter("details", details.toArray(String[]::new))
                        .setParameter("email", email)
                        .executeUpdate())
                .call(count -> notifyWritten(session, count));
    }

    /** Wakes the dispatchers and the open streams at commit. */
    public Uni<Void> notifyWritten(Mutiny.Session session, int count) {
        return count == 0 ? Uni.createFrom().voidItem()
                : session.createNativeQuery("select cast(pg_notify('" + DeliveryQueue.CHANNEL
                        + "', '') as text), cast(pg_notify('" + FeedSignals.CHANNEL + "', '') as text)")
                        .getSingleResult().replaceWithVoid();
    }
}
