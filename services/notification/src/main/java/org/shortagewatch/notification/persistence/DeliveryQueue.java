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
 * The queue of pushed deliveries (webhooks and e-mail) in the ledger: claiming due ones with a lease, putting one
 * back untried, and recording a batch's outcomes. Transactions that queue deliveries notify {@value #CHANNEL} at
 * commit.
 *
 * <p>A delivery is claimed with a lease ({@code SENDING} until {@code lease_until}), so two dispatchers never send
 * it at once and a dispatcher that dies mid-send leaves it to be claimed again after the lease.
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

    private static final String CLAIM_DUE = """
            with due as (
                select id from delivery
                where channel in ('WEBHOOK', 'EMAIL')
                  and ((status = 'PENDING' and next_attempt_at <= $3::timestamptz) or (status = 'SENDING' and lease_until < $3::timestamptz))
                order by next_attempt_at
                limit $1
                for update skip locked),
            claimed as (
                update delivery d
                set status = 'SENDING', attempts = d.attempts + 1, lease_until = $3::timestamptz + make_interval(secs => $2)
                from due where d.id = due.id
                returning d.id, d.channel, d.recipient, d.subscription_id, d.cause_event_id, d.attempts)
            select c.id, c.channel, c.attempts, s.webhook_url, s.secret,
                   case when s.previous_secret_expires_at > $3::timestamptz then s.previous_secret end as previous_secret,
                   a.payload, a.subject, a.body_text, a.body_html, a.severity, coalesce(f.email, oc.email) as email,
                   f.quiet_start, f.quiet_end
            from claimed c
            join alert a on a.cause_event_id = c.cause_event_id
            left join subscription s on s.id = c.subscription_id
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
     * Claims at most {@code batchSize} deliveries due at {@code now} (and those whose lease has run out), each for
     * {@code leaseSeconds}, counting the attempt.
     */
    public Uni<List<DueDelivery>> claim(int batchSize, double leaseSeconds, Instant now) {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM_DUE)
                .execute(Tuple.of(batchSize, leaseSeconds, now.atOffset(ZoneOffset.UTC))))
                .map(rows -> {
                    List<DueDelivery> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new DueDelivery(row.getUUID("id"), Channel.valueOf(row.getString("channel")),
                                row.getInteger("attempts"), row.getString("webhook_url"), row.getString("secret"),
                                row.getString("previous_secret"), row.getString("payload"), row.getString("subject"),
                                row.getString("body_text"), row.getString("body_html"),
                                Severity.ofLevel(row.getInteger("severity")), row.getString("email"),
                                new QuietHours(row.getLocalTime("quiet_start"), row.getLocalTime("quiet_end"))));
                    }
                    return due;
                });
    }

    /** Puts a delivery back, untried, until {@code until} (the end of the recipient's quiet hours). */
    public Uni<Void> defer(UUID id, Instant until) {
        return pool.preparedQuery("""
                update delivery set status = 'PENDING', attempts = attempts - 1, lease_until = null, next_attempt_at = $2::timestamptz
                where id = $1""")
                .execute(Tuple.of(id, until.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /**
     * Records a batch's attempts and the deliveries' new states in one statement however large the batch; for
     * webhooks also each endpoint's health: 410 Gone disables it, and so does failing without a single success for
     * {@code disableAfter}. Only the claim each attempt was made under is settled: recording again after a lost
     * reply, or after the lease passed to another claim, changes nothing.
     */
    public Uni<Void> settle(List<DeliveryAttempt> made, Instant at, Duration disableAfter) {
        if (made.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = made.size();
        UUID[] ids = new UUID[n];
        Integer[] codes = new Integer[n];
        String[] errors = new String[n];
        String[] states = new String[n];
        Double[] retryIn = new Double[n];
        Integer[] millis = new Integer[n];
        Boolean[] gone = new Boolean[n];
        Integer[] claim = new Integer[n];
        for (int i = 0; i < n; i++) {
            DeliveryAttempt a = made.get(i);
            ids[i] = a.due().id();
            codes[i] = a.status();
            errors[i] = a.error();
            states[i] = a.decision().status().name();
            retryIn[i] = a.decision().retryIn().map(d -> d.toMillis() / 1000.0).orElse(0.0);
            millis[i] = a.millis();
            gone[i] = a.decision().disableEndpoint();
            claim[i] = a.due().attempts();
        }
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        // One statement: the attempts, the deliveries' new states, and per endpoint its health (one success in the
        // batch clears its failing streak; one 410 disables it). Endpoints that answered and were not failing are
        // left untouched.
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
                    returning d.id, d.subscription_id, d.channel, o.status = 'DELIVERED' as delivered, o.gone),
                attempt as (
                    insert into delivery_attempt (delivery_id, attempted_at, status_code, error, duration_ms)
                    select o.id, $8::timestamptz, o.status_code, o.error, o.duration_ms
                    from outcome o join settled s on s.id = o.id),
                health as (
                    select subscription_id as id, bool_or(delivered) as delivered, bool_or(gone) as gone
                    from settled where channel = 'WEBHOOK' and subscription_id is not null
                    group by subscription_id)
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
                  and (h.gone or (h.delivered and s.failing_since is not null) or (not h.delivered))""")
                .execute(Tuple.from(List.<Object>of(ids, codes, errors, states, retryIn, millis, gone, now,
                        (double) disableAfter.toSeconds(), claim)))
                .replaceWithVoid();
    }
}
