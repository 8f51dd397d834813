package org.shortagewatch.notification.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.shortagewatch.notification.domain.AlertKind;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Who receives what: matches the recipients of a cause (the subscriptions that follow a product, or recipients
 * named by the cause) and writes their rows of the delivery ledger, set-based: one statement per cause, whatever the
 * number of recipients. The unique (cause, recipient, channel) key makes a repeat a no-op. The alert itself (what
 * every recipient is told) is written once beside them.
 *
 * <p>Rows of the pulled channels (SSE, INBOX) are delivered as they are written and take a feed position from
 * {@code delivery_feed_seq}. Writers take a transaction-scoped advisory lock first, so positions are drawn in commit
 * order: once a reader sees position n, every position below n is visible too (no gaps for a resuming stream). Every
 * such writer, here and in {@link DemandShiftMatcher} and {@link NoticeFanOut}, goes through {@link #inFeedOrder}.
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

    /**
     * Every active subscription matching the product, one per (facility, channel): the earliest wins. Each row names
     * the product and the revision the projection has just applied (this event's): a recipient's deliveries about the
     * product go out in that order.
     */
    private static final String MATCH_SUPPLY_STATUS = """
            insert into delivery (id, cause_event_id, recipient, subscription_id, channel, status, seq, delivered_at,
                                  product, revision)
            select delivery_id($1::uuid, m.facility_code, m.channel), $1::uuid, m.facility_code, m.id, m.channel,
            """ + NEW_ROW_COLUMNS + """
            , m.yj_code, m.revision
            from (select distinct on (s.facility_code, ch.channel) s.facility_code, s.id, ch.channel, p.yj_code, p.revision
                  from product p
                  join subscription s on s.active and s.min_severity <= $3::smallint
                       and (s.kind, s.target) in (('YJ_CODE', p.yj_code), ('INGREDIENT', p.ingredient_key::text),
                            ('THERAPEUTIC_CLASS', p.therapeutic_class::text), ('MANUFACTURER', p.manufacturer_code),
                            ('SUPPLY_SECURITY_CLASS', p.supply_security_class::text))
                  cross join unnest(s.channels) as ch(channel)
                  where p.yj_code = $2
                  order by s.facility_code, ch.channel, s.created_at) m
            left join facility f on f.code = m.facility_code
            where (m.channel <> 'EMAIL' or f.email is not null)
            on conflict (cause_event_id, recipient, channel) do nothing""";

    /** What recipients are told about one cause, rendered once. */
    public record Alert(UUID cause, AlertKind kind, String yjCode, int severity, String payload, String subject,
            String bodyText, String bodyHtml) {
    }

    /** Writes the alert of a cause, once: a cause whose alert exists already keeps it. */
    public Uni<Void> recordAlert(SqlConnection c, Alert alert) {
        return c.preparedQuery("""
                insert into alert (cause_event_id, kind, yj_code, severity, payload, subject, body_text, body_html)
                values ($1, $2, $3, $4, $5, $6, $7, $8)
                on conflict do nothing""")
                .execute(Tuple.from(Arrays.<Object>asList(alert.cause(), alert.kind().name(), alert.yjCode(),
                        (short) alert.severity(), alert.payload(), alert.subject(), alert.bodyText(),
                        alert.bodyHtml())))
                .replaceWithVoid();
    }

    /**
     * Writes the alert of a cause and addresses it to named recipients ({@link #addressTo}), in the transaction of
     * {@code c}: what an event for known organisations (a finding, a plan, a reminder) does once decoded.
     */
    public Uni<Void> alertTo(SqlConnection c, Alert alert, List<String> recipients, List<String> details,
            boolean email) {
        return recordAlert(c, alert).chain(() -> addressTo(c, alert.cause(), recipients, details, email))
                .replaceWithVoid();
    }

    /**
     * Writes ledger rows with feed positions by {@code statement}, under the feed lock, and wakes the dispatchers and
     * the open streams at commit; answers the rows written. The lock and the statement go out together (pipelined):
     * the server takes the lock, held to the end of the transaction, before it writes.
     */
    public Uni<Integer> inFeedOrder(SqlConnection c, Uni<RowSet<Row>> statement) {
        return Uni.combine().all()
                .unis(c.query("select cast(pg_advisory_xact_lock(" + FEED_LOCK + ") as text)").execute(), statement)
                .with((locked, rows) -> rows.rowCount())
                .call(count -> notifyWritten(c, count));
    }

    /** Writes the ledger rows of a supply-status alert for every matching subscription and channel. */
    public Uni<Integer> matchSubscribers(SqlConnection c, UUID cause, String yjCode, int severity) {
        return inFeedOrder(c, c.preparedQuery(MATCH_SUPPLY_STATUS).execute(Tuple.of(cause, yjCode, (short) severity)));
    }

    /**
     * Writes the ledger rows of a cause addressed to named recipients (facilities, wholesalers, manufacturers), one
     * statement for all: inbox and server-sent events for each, and e-mail for those with an address (a facility's,
     * or an organisation's contact) when {@code email}.
     * {@code details}, when given, holds each recipient's own part (same order as {@code recipients}).
     */
    public Uni<Integer> addressTo(SqlConnection c, UUID cause, List<String> recipients, List<String> details,
            boolean email) {
        if (recipients.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return inFeedOrder(c, c.preparedQuery("""
                        insert into delivery (id, cause_event_id, recipient, channel, status, seq, delivered_at, detail)
                        select delivery_id($1::uuid, r.recipient, ch.channel), $1::uuid, r.recipient, ch.channel,
                               case when ch.channel = 'EMAIL' then 'PENDING' else 'DELIVERED' end,
                               case when ch.channel <> 'EMAIL' then nextval('delivery_feed_seq') end,
                               case when ch.channel <> 'EMAIL' then now() end,
                               r.detail
                        from (select distinct on (r.recipient) r.recipient, d.detail
                              from unnest($2::text[]) with ordinality as r(recipient, i)
                              left join unnest($3::text[]) with ordinality as d(detail, i) using (i)
                              order by r.recipient, r.i) r
                        left join facility f on f.code = r.recipient
                        left join organisation_contact oc on oc.org = r.recipient
                        cross join (values ('INBOX'), ('SSE'), ('EMAIL')) as ch(channel)
                        where ch.channel <> 'EMAIL' or ($4::boolean and coalesce(f.email, oc.email) is not null)
                        on conflict (cause_event_id, recipient, channel) do nothing""")
                        .execute(Tuple.of(cause, recipients.toArray(String[]::new), details.toArray(String[]::new),
                                email)));
    }

    /** Wakes the dispatchers and the open streams at commit. */
    private Uni<Void> notifyWritten(SqlConnection c, int count) {
        return count == 0 ? Uni.createFrom().voidItem()
                : c.query("select cast(pg_notify('" + DeliveryQueue.CHANNEL + "', '') as text), cast(pg_notify('"
                        + FeedSignals.CHANNEL + "', '') as text)").execute().replaceWithVoid();
    }
}
