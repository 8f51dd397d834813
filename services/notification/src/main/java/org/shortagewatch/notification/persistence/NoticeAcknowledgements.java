package org.shortagewatch.notification.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.sql.Rows;
import org.shortagewatch.notification.domain.NoticeTimeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What a notice's ledger says of its recipients over time and of those who have not acknowledged it: a recipient
 * counts once, at its first delivery on any channel and at its acknowledgement (of its inbox entry).
 */
@ApplicationScoped
public class NoticeAcknowledgements {

    @Inject
    Pool pool;

    /** Recipients first delivered to, and first acknowledging, per period (keyed by the period's start in Japan). */
    public record PerPeriod(Map<Instant, Long> delivered, Map<Instant, Long> acknowledged) {
    }

    /**
     * A recipient that has not acknowledged: its name where the service knows it (a facility's, or a manufacturer's
     * from the product master), and its kind and prefecture when it is a facility.
     */
    public record Addressee(String code, String name, String kind, String prefectureCode, Instant deliveredAt,
            Instant readAt) {
    }

    /** One page of those recipients, by code, and how many there are in all. */
    public record AddresseePage(List<Addressee> items, long total) {
    }

    public Uni<PerPeriod> perPeriod(UUID notice, NoticeTimeline.Bucket bucket) {
        return pool.preparedQuery("""
                with firsts as (
                    select recipient, min(delivered_at) as delivered_at, min(acknowledged_at) as acknowledged_at
                    from delivery where cause_event_id = $1 group by recipient)
                select 'D' as what, date_trunc($2, delivered_at, 'Asia/Tokyo') as period, count(*) as n
                from firsts where delivered_at is not null group by 2
                union all
                select 'A', date_trunc($2, acknowledged_at, 'Asia/Tokyo'), count(*)
                from firsts where acknowledged_at is not null group by 2""")
                .execute(Tuple.of(notice, bucket.unit()))
                .map(rows -> {
                    Map<Instant, Long> delivered = new HashMap<>();
                    Map<Instant, Long> acknowledged = new HashMap<>();
                    for (Row r : rows) {
                        ("D".equals(r.getString("what")) ? delivered : acknowledged)
                                .put(Rows.instant(r, "period"), r.getLong("n"));
                    }
                    return new PerPeriod(delivered, acknowledged);
                });
    }

    /** The recipients who have not acknowledged the notice, by code, one page ({@code page} from 1). */
    public Uni<AddresseePage> unacknowledged(UUID notice, int page, int size) {
        Uni<Long> total = pool.preparedQuery("""
                select count(*) as total from (select recipient from delivery where cause_event_id = $1
                group by recipient having count(acknowledged_at) = 0) r""")
                .execute(Tuple.of(notice)).map(rows -> rows.iterator().next().getLong("total"));
        // the page first, then its recipients' names: one lookup per recipient shown, not per delivery
        return total.chain(all -> pool.preparedQuery("""
                select u.recipient, coalesce(f.name, m.manufacturer_name) as name, f.kind, f.prefecture_code,
                       u.delivered_at, u.read_at
                from (select recipient, min(delivered_at) as delivered_at, min(read_at) as read_at
                      from delivery where cause_event_id = $1
                      group by recipient having count(acknowledged_at) = 0
                      order by recipient limit $2 offset $3) u
                left join facility f on f.code = u.recipient
                %s
                order by u.recipient""".formatted(OrganisationNames.makerNamed("u.recipient")))
                .execute(Tuple.of(notice, size, (long) (page - 1) * size))
                .map(rows -> new AddresseePage(Rows.list(rows, r -> new Addressee(r.getString("recipient"),
                        r.getString("name"), r.getString("kind"), r.getString("prefecture_code"),
                        Rows.instant(r, "delivered_at"), Rows.instant(r, "read_at"))), all)));
    }
}
