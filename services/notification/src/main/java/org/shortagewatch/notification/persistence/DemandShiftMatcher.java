package org.shortagewatch.notification.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.common.sql.BatchArrays;
import org.shortagewatch.notification.domain.AlertKind;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Who is warned that demand will shift to a product they follow, and their ledger rows. Only subscriptions of kind
 * {@code YJ_CODE} are warned (a subscription by ingredient or therapeutic class follows the changed product too and
 * gets its alert; one by manufacturer or supply-security class follows a category, not a product it stocks), and only
 * those that take demand-shift alerts at the warning's severity. Set-based: one statement finds the followed
 * products of an event not yet warned of today, one writes every warning and every ledger row; the unique (cause,
 * recipient, channel) key makes a replay, or a concurrent batch warning of the same product, a no-op. On the SQL client, in the consumer's transaction.
 */
@ApplicationScoped
public class DemandShiftMatcher {

    /** The subscriptions a warning about a product reaches. */
    private static final String WARNED_SUBSCRIPTION = """
            s.active and s.kind = 'YJ_CODE' and s.demand_shift_alerts and s.min_severity <= $2::smallint""";

    private static final String WRITE_WARNINGS = """
            with warning as (
                select * from unnest($1::uuid[], $3::text[], $4::text[], $5::text[], $6::text[])
                    as w(cause, yj_code, payload, subject, body_text)
            ), alerts as (
                insert into alert (cause_event_id, kind, yj_code, severity, payload, subject, body_text)
                select cause, $7, yj_code, $2::smallint, payload, subject, body_text from warning
                on conflict do nothing
            )
            insert into delivery (id, cause_event_id, recipient, subscription_id, channel, status, seq, delivered_at,
                                  product, revision)
            select delivery_id(m.cause, m.facility_code, m.channel), m.cause, m.facility_code, m.id, m.channel,
            """ + RecipientMatcher.NEW_ROW_COLUMNS + """
            , $8, $9::bigint
            from (select distinct on (w.cause, s.facility_code, ch.channel) w.cause, s.facility_code, s.id, ch.channel
                  from warning w
                  join subscription s on s.target = w.yj_code and
            """ + WARNED_SUBSCRIPTION + """

                  cross join unnest(s.channels) as ch(channel)
                  order by w.cause, s.facility_code, ch.channel, s.created_at) m
            left join facility f on f.code = m.facility_code
            where (m.channel <> 'EMAIL' or f.email is not null)
            on conflict (cause_event_id, recipient, channel) do nothing""";

    @Inject
    RecipientMatcher recipients;

    /**
     * Of the products to warn about (YJ code to the cause of today's warning about it), those some subscription
     * would be warned about at {@code severity} and whose warning of the day is not yet written.
     */
    public Uni<List<String>> unwarned(SqlConnection c, Map<String, UUID> causes, int severity) {
        return c.preparedQuery("""
                select w.yj_code from unnest($1::text[], $3::uuid[]) as w(yj_code, cause)
                where not exists (select 1 from alert a where a.cause_event_id = w.cause)
                  and exists (select 1 from subscription s where s.target = w.yj_code and\s""" + WARNED_SUBSCRIPTION + ")")
                .execute(Tuple.of(causes.keySet().toArray(String[]::new), (short) severity,
                        causes.values().toArray(UUID[]::new)))
                .map(rows -> Rows.list(rows, r -> r.getString("yj_code")));
    }

    /**
     * Writes the warnings (each once: a cause whose alert exists keeps it) and their ledger rows for every warned
     * subscription, one per (facility, channel) and warning; all warnings have {@code severity}. The rows name the
     * changed product and its revision: a recipient's warnings and alerts about that product go out in its revisions'
     * order. Answers the number of ledger rows written.
     */
    public Uni<Integer> warn(SqlConnection c, List<RecipientMatcher.Alert> warnings, int severity, String changed,
            long revision) {
        if (warnings.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Uni<RowSet<Row>> written = c.preparedQuery(WRITE_WARNINGS).execute(Tuple.from(new Object[] {
                BatchArrays.uuid(warnings, RecipientMatcher.Alert::cause), (short) severity,
                BatchArrays.text(warnings, RecipientMatcher.Alert::yjCode),
                BatchArrays.text(warnings, RecipientMatcher.Alert::payload),
                BatchArrays.text(warnings, RecipientMatcher.Alert::subject),
                BatchArrays.text(warnings, RecipientMatcher.Alert::bodyText), AlertKind.DEMAND_SHIFT.name(),
                changed, revision}));
        return recipients.inFeedOrder(c, written);
    }
}
