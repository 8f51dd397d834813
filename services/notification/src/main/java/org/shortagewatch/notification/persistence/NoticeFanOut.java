package org.shortagewatch.notification.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes the ledger of a published notice in one statement, whatever the number of recipients: every facility of
 * the targeted kinds (a national notice reaches all of them), every facility that stocks a target product (by
 * any of its subscriptions: YJ code, ingredient, class, manufacturer, supply-security class), and the addressed
 * organisations; each gets an inbox entry, a server-sent event, with an e-mail address an e-mail and, with an active
 * webhook subscription, a signed webhook. A cause whose ledger exists already is written no second time, so
 * publishing again is a no-op; the (cause, recipient, channel) key stands behind that rule.
 *
 * <p>A webhook endpoint is a subscription's ({@code webhook_url}, {@code secret}); a notice is addressed to the
 * facility, not to a product, so any active subscription of the facility with the WEBHOOK channel qualifies, whatever
 * it follows. A facility with several gets one webhook per notice (one row per recipient and channel, as for alerts),
 * sent to its earliest such subscription and signed with that subscription's secret. When that endpoint is disabled
 * (410 Gone, or failing for days), later notices go to the next one.
 *
 * <p>On the SQL client, in the transaction of the notice step that publishes or withdraws.
 */
@ApplicationScoped
public class NoticeFanOut {

    @Inject
    RecipientMatcher matcher;

    /**
     * One ledger per cause, checked once for the statement: all its rows are written by one statement, under the
     * feed lock, so a cause with any row has them all. (Per-row {@code ON CONFLICT} arbitration cost a national
     * notice about 1.5 s.) Rows go in recipient order, so the (cause, recipient, channel) and feed index entries
     * fill pages in turn. Webhook endpoints are read from the partial index {@code subscription_webhook_endpoint}, in
     * its order, and hashed: a national notice's recipients join them without a lookup each.
     */
    private static final String CHANNELS = """
            left join facility f on f.code = r.recipient
            left join (select distinct on (s.facility_code) s.facility_code, s.id
                       from subscription s
                       where s.active and s.webhook_url is not null and 'WEBHOOK' = any(s.channels)
                       order by s.facility_code, s.created_at, s.id) w on w.facility_code = r.recipient
            cross join (values ('INBOX'), ('SSE'), ('EMAIL'), ('WEBHOOK')) as ch(channel)
            where (ch.channel <> 'EMAIL' or f.email is not null)
              and (ch.channel <> 'WEBHOOK' or w.id is not null)
              and not exists (select 1 from delivery d where d.cause_event_id = $2::uuid)
            order by r.recipient, ch.channel""";

    /** Enough memory for a national notice's recipients to be collected and sorted without spilling to disk. */
    private static final String SORT_MEMORY = "select set_config('work_mem', '64MB', true)";

    private static final String INSERT = """
            insert into delivery (id, cause_event_id, recipient, subscription_id, channel, status, seq, delivered_at)
            select delivery_id($2::uuid, r.recipient, ch.channel), $2::uuid, r.recipient,
                   case when ch.channel = 'WEBHOOK' then w.id end, ch.channel,
                   case when ch.channel in ('EMAIL', 'WEBHOOK') then 'PENDING' else 'DELIVERED' end,
                   case when ch.channel in ('SSE', 'INBOX') then nextval('delivery_feed_seq') end,
                   case when ch.channel in ('SSE', 'INBOX') then now() end
            """;

    private static final String PUBLISHED = INSERT + """
            from (
                select f.code as recipient from notice n join facility f on f.kind = any(n.target_facility_kinds)
                where n.id = $1::uuid
                union
                select s.facility_code from notice n
                join subscription s on s.active and s.kind = 'YJ_CODE' and s.target = any(n.target_yj_codes)
                where n.id = $1::uuid
                union
                select s.facility_code from notice n
                join product p on p.yj_code = any(n.target_yj_codes)
                join subscription s on s.active and (s.kind, s.target) in (('INGREDIENT', p.ingredient_key::text),
                     ('THERAPEUTIC_CLASS', p.therapeutic_class::text), ('MANUFACTURER', p.manufacturer_code),
                     ('SUPPLY_SECURITY_CLASS', p.supply_security_class::text))
                where n.id = $1::uuid
                union
                select unnest(n.addressee_orgs) from notice n where n.id = $1::uuid
            ) r
            """ + CHANNELS;

    private static final String WITHDRAWN = INSERT + """
            from (select distinct recipient from delivery where cause_event_id = $1::uuid) r
            """ + CHANNELS;

    /** The ledger of a published notice (cause = the notice's id); returns the rows written. */
    public Uni<Integer> published(SqlConnection c, UUID notice) {
        return write(c, PUBLISHED, notice, notice);
    }

    /** The ledger of a withdrawal: everyone the notice reached is told. */
    public Uni<Integer> withdrawn(SqlConnection c, UUID notice, UUID withdrawal) {
        return write(c, WITHDRAWN, notice, withdrawal);
    }

    /** How many distinct recipients the ledger of a cause has. */
    public Uni<Integer> recipients(SqlConnection c, UUID cause) {
        return c.preparedQuery("select count(distinct recipient) as recipients from delivery where cause_event_id = $1")
                .execute(Tuple.of(cause))
                .map(rows -> rows.iterator().next().getLong("recipients").intValue());
    }

    private Uni<Integer> write(SqlConnection c, String sql, UUID notice, UUID cause) {
        return matcher.inFeedOrder(c, c.query(SORT_MEMORY).execute()
                .chain(() -> c.preparedQuery(sql).execute(Tuple.of(notice, cause))));
    }
}
