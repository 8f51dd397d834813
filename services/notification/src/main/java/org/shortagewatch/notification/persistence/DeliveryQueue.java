package org.shortagewatch.notification.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.shortagewatch.common.messaging.OwnPool;
import org.shortagewatch.common.sql.BatchArrays;
import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.QuietHours;
import org.shortagewatch.notification.domain.Severity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The queue of pushed deliveries (webhooks and e-mail) in the ledger: claiming due ones with a lease, putting them
 * back untried, and recording a batch's outcomes. Transactions that queue deliveries notify {@value #CHANNEL} at
 * commit.
 *
 * <p>A delivery is claimed with a lease ({@code SENDING} until {@code lease_until}), so two dispatchers never send
 * it at once and a dispatcher that dies mid-send leaves it to be claimed again after the lease.
 *
 * <p>A recipient's deliveries about one product (a supply-status alert, a demand-shift warning: the ledger's
 * {@code product} and {@code revision}) go out on each channel in the order of the product's revisions: the claim
 * never hands one out while one about an earlier revision is pending or being sent, and the settlement that delivers
 * or gives up that one releases the next. The rule is in the claim's SQL, so it holds however many dispatchers claim.
 *
 * <p>The queue has connections of its own ({@link OwnPool}, {@code shortagewatch.webhook.dispatcher-connections},
 * named {@value #CONNECTIONS} in PostgreSQL), not the application's pool: the dispatcher's claims and settlements
 * never wait for a connection behind the consumers' transactions, nor keep one from them. It is used from the
 * dispatcher's event loop only, where those connections are opened.
 */
@ApplicationScoped
public class DeliveryQueue {

    /** Notified at commit when new deliveries are due. */
    public static final String CHANNEL = "delivery";

    /**
     * Claims the due deliveries that wait for nothing, and postpones those that wait: a delivery about a product's
     * revision waits while one about an earlier revision of the product, to the same recipient on the same channel, is
     * pending or being sent (the earliest such is the one "ahead" of it). A waiting delivery is looked at again when
     * the one ahead is next tried, or after a lease while that one is being sent (its settlement releases it sooner),
     * so a backlog behind an endpoint in backoff or quiet hours is not scanned again every round. Both are locked
     * without waiting ({@code skip locked}): a claim never waits for another claim or a settlement, and the one ahead
     * is read again once locked, so one delivered or given up meanwhile is never waited for. A critical delivery
     * waiting behind one held only by quiet hours (or by waiting itself, never by a failed attempt's backoff) has that
     * one tried at once. One row per delivery looked at; {@code urgency} is the most severe of a claimed delivery and
     * those waiting behind it, which quiet hours judge it by.
     *
     * <p>The scan has an index of its own ({@code delivery_due}: pushed deliveries in flight, by when they are due),
     * whose predicate names the pushed channels, so the lookups of one delivery's neighbours cannot use it: they go
     * through {@code delivery_in_line} and the primary key whatever the ledger's statistics say. Statistics taken
     * before a national refresh's backlog once had every lookup read the whole backlog, for minutes
     * ({@code ClaimPlanningTest}).
     */
    static final String CLAIM_DUE = """
            with scanned as (
                select d.id, a.severity, earliest.id as ahead
                from delivery d
                join alert a on a.cause_event_id = d.cause_event_id
                left join lateral (
                    select e.id from delivery e
                    where e.recipient = d.recipient and e.channel = d.channel and e.product = d.product
                      and e.revision < d.revision and e.status in ('PENDING', 'SENDING')
                    order by e.revision limit 1) earliest on true
                where d.channel in ('WEBHOOK', 'EMAIL')
                  and ((d.status = 'PENDING' and d.next_attempt_at <= $3::timestamptz) or (d.status = 'SENDING' and d.lease_until < $3::timestamptz))
                order by d.next_attempt_at
                limit $1
                for update of d skip locked),
            ahead as (
                select h.id,
                       case when h.status = 'PENDING' and h.next_attempt_at > $3::timestamptz then h.next_attempt_at end as next_try,
                       h.status = 'PENDING' and h.next_attempt_at > $3::timestamptz and (h.attempts = 0 or h.held_for_quiet_hours)
                           and exists (select 1 from scanned s where s.ahead = h.id and s.severity >= $4::smallint) as hurried
                from delivery h
                where h.id in (select ahead from scanned) and h.status in ('PENDING', 'SENDING')
                for update skip locked),
            hurried as (
                update delivery h set next_attempt_at = $3::timestamptz
                from ahead where h.id = ahead.id and ahead.hurried),
            postponed as (
                update delivery d
                set next_attempt_at = case when ahead.hurried or ahead.next_try is null
                                           then $3::timestamptz + make_interval(secs => $2) else ahead.next_try end
                from scanned s join ahead on ahead.id = s.ahead
                where d.id = s.id
                returning d.id),
            claimed as (
                update delivery d
                set status = 'SENDING', attempts = d.attempts + 1, held_for_quiet_hours = false,
                    lease_until = $3::timestamptz + make_interval(secs => $2)
                from scanned s where d.id = s.id and s.ahead is null
                returning d.id, d.channel, d.recipient, d.subscription_id, d.cause_event_id, d.attempts, d.product, d.revision)
            select s.id, c.id is not null as claimed, p.id is not null as postponed, c.channel, c.attempts,
                   sub.webhook_url, sub.secret,
                   case when sub.previous_secret_expires_at > $3::timestamptz then sub.previous_secret end as previous_secret,
                   a.payload, a.subject, a.body_text, a.body_html, coalesce(f.email, oc.email) as email,
                   f.quiet_start, f.quiet_end,
                   greatest(a.severity, (select max(wa.severity) from delivery w join alert wa on wa.cause_event_id = w.cause_event_id
                                         where w.recipient = c.recipient and w.channel = c.channel and w.product = c.product
                                           and w.revision > c.revision and w.status = 'PENDING')) as urgency
            from scanned s
            left join claimed c on c.id = s.id
            left join postponed p on p.id = s.id
            left join alert a on a.cause_event_id = c.cause_event_id
            left join subscription sub on sub.id = c.subscription_id
            left join facility f on f.code = c.recipient
            left join organisation_contact oc on oc.org = c.recipient""";

    /** What the queue's connections are called in PostgreSQL ({@code application_name}). */
    public static final String CONNECTIONS = "notification delivery dispatcher";

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    @Inject
    NotificationSettings.Webhook settings;

    private Pool pool;

    @PostConstruct
    void open() {
        pool = OwnPool.open(vertx, config, settings.dispatcherConnections(), CONNECTIONS);
    }

    /** Closes the queue's connections (the dispatcher, stopping, before its event loop ends). */
    public Uni<Void> close() {
        return pool.close();
    }

    @PreDestroy
    void closeLeftOpen() {
        pool.close().subscribe().with(closed -> { }, failure -> { });
    }

    /**
     * What one claim did: the deliveries it claimed, and how many waiting ones it postponed until the one ahead of
     * them is tried. Both are work done: a round that postponed a full batch continues at once.
     */
    public record Claim(List<DueDelivery> due, int postponed) {

        public int done() {
            return due.size() + postponed;
        }
    }

    /**
     * Claims at most {@code batchSize} deliveries due at {@code now} (and those whose lease has run out), each for
     * {@code leaseSeconds}, counting the attempt; a due delivery about a product's revision that waits for an earlier
     * revision's is postponed instead (see {@link #CLAIM_DUE}).
     */
    public Uni<Claim> claim(int batchSize, double leaseSeconds, Instant now) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM_DUE)
                .execute(Tuple.of(batchSize, leaseSeconds, now.atOffset(ZoneOffset.UTC),
                        (short) Severity.CRITICAL.level())))
                .map(rows -> {
                    List<DueDelivery> due = new ArrayList<>();
                    int postponed = 0;
                    for (Row row : rows) {
                        if (row.getBoolean("claimed")) {
                            due.add(due(row));
                        } else if (row.getBoolean("postponed")) {
                            postponed++;
                        }
                    }
                    return new Claim(due, postponed);
                });
    }

    /** The one place a claimed row becomes a {@link DueDelivery}. */
    private static DueDelivery due(Row row) {
        return new DueDelivery(row.getUUID("id"), Channel.valueOf(row.getString("channel")),
                row.getInteger("attempts"), row.getString("webhook_url"), row.getString("secret"),
                row.getString("previous_secret"), row.getString("payload"), row.getString("subject"),
                row.getString("body_text"), row.getString("body_html"), Severity.ofLevel(row.getInteger("urgency")),
                row.getString("email"), new QuietHours(row.getLocalTime("quiet_start"), row.getLocalTime("quiet_end")));
    }

    /**
     * Puts claimed deliveries back untried, each until its time; one held by quiet hours is marked so, and a critical
     * delivery that comes to wait behind it has it sent at once. Only the claim each was taken under is put back: one
     * whose lease has passed to another claim is left to that claim.
     */
    public Uni<Void> putBack(List<Deferral> deferrals) {
        if (deferrals.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("""
                update delivery d set status = 'PENDING', attempts = d.attempts - 1, lease_until = null,
                    next_attempt_at = p.until, held_for_quiet_hours = p.quiet_hours
                from unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::bool[]) as p(id, claim, until, quiet_hours)
                where d.id = p.id and d.status = 'SENDING' and d.attempts = p.claim""")
                .execute(Tuple.of(BatchArrays.uuid(deferrals, d -> d.due().id()),
                        BatchArrays.int4(deferrals, d -> d.due().attempts()),
                        BatchArrays.timestamptz(deferrals, Deferral::until),
                        BatchArrays.booleans(deferrals, Deferral::quietHours)))
                .replaceWithVoid();
    }

    /**
     * Records a batch's attempts and the deliveries' new states in one statement however large the batch; for
     * webhooks also each endpoint's health: 410 Gone disables it, and so does failing without a single success for
     * {@code disableAfter}. Only the claim each attempt was made under is settled: recording again after a lost
     * reply, or after the lease passed to another claim, changes nothing. A delivery about a product's revision,
     * delivered or given up, releases the next revision's to the same recipient and channel: answers how many.
     */
    public Uni<Integer> settle(List<DeliveryAttempt> made, Instant at, Duration disableAfter) {
        if (made.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        // One statement: the attempts, the deliveries' new states, the next revisions released, and per endpoint its
        // health (one success in the batch clears its failing streak; one 410 disables it). Endpoints that answered and
        // were not failing are left untouched.
        return pool.preparedQuery("""
                with outcome as (
                    select * from unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::float8[], $6::int[],
                                         $7::bool[], $10::int[])
                        as o(id, status_code, error, status, retry_in, duration_ms, gone, claim)),
                settled as (
                    update delivery d set status = o.status, lease_until = null, last_error = o.error,
                        next_attempt_at = $8::timestamptz + make_interval(secs => o.retry_in),
                        delivered_at = case when o.status = 'DELIVERED' then $8::timestamptz end
                    from outcome o
                    -- only the claim this batch holds: recording again after a lost reply, or after the lease
                    -- passed to another claim, changes nothing
                    where d.id = o.id and d.status = 'SENDING' and d.attempts = o.claim
                    returning d.id, d.subscription_id, d.channel, d.recipient, d.product, d.revision, o.status,
                              o.status = 'DELIVERED' as delivered, o.gone),
                -- delivered or given up, a delivery about a product's revision lets the next revision's go now; least()
                -- is read again on a row a claim postponed meanwhile, so that postponement never outlasts this
                released as (
                    update delivery e set next_attempt_at = least(e.next_attempt_at, $8::timestamptz)
                    from settled s
                    where s.status <> 'PENDING' and e.recipient = s.recipient and e.channel = s.channel
                      and e.product = s.product and e.status = 'PENDING'
                      and e.revision = (select min(x.revision) from delivery x
                                        where x.recipient = s.recipient and x.channel = s.channel and x.product = s.product
                                          and x.revision > s.revision and x.status in ('PENDING', 'SENDING'))
                    returning e.id),
                attempt as (
                    insert into delivery_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                    select o.id, $8::timestamptz, o.status_code, o.error, o.duration_ms
                    from outcome o join settled s on s.id = o.id),
                health as (
                    select subscription_id as id, bool_or(delivered) as delivered, bool_or(gone) as gone
                    from settled where channel = 'WEBHOOK' and subscription_id is not null
                    group by subscription_id),
                endpoint as (
                    update subscription s set
                        failing_since = case when h.delivered then null else coalesce(s.failing_since, $8::timestamptz) end,
                        active = s.active and not h.gone
                            and not (not h.delivered and coalesce(s.failing_since, $8::timestamptz) <= $8::timestamptz - make_interval(secs => $9)),
                        disabled_reason = case
                            when h.gone then 'the endpoint answered 410 Gone'
                            when not h.delivered and coalesce(s.failing_since, $8::timestamptz) <= $8::timestamptz - make_interval(secs => $9)
                                then 'failing since ' || coalesce(s.failing_since, $8::timestamptz) || ' without a success'
                            else s.disabled_reason end
                    from health h
                    where s.id = h.id
                      and (h.gone or (h.delivered and s.failing_since is not null) or (not h.delivered)))
                select count(*) as released from released""")
                .execute(Tuple.from(List.<Object>of(BatchArrays.uuid(made, a -> a.due().id()),
                        BatchArrays.int4(made, DeliveryAttempt::status), BatchArrays.text(made, DeliveryAttempt::error),
                        BatchArrays.text(made, a -> a.decision().status().name()),
                        BatchArrays.float8(made, a -> a.decision().retryIn().map(d -> d.toMillis() / 1000.0).orElse(0.0)),
                        BatchArrays.int4(made, DeliveryAttempt::millis),
                        BatchArrays.booleans(made, a -> a.decision().disableEndpoint()), now,
                        (double) disableAfter.toSeconds(), BatchArrays.int4(made, a -> a.due().attempts()))))
                .map(rows -> rows.iterator().next().getLong("released").intValue());
    }
}
