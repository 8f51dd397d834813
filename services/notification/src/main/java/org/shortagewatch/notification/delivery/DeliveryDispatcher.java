package org.shortagewatch.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.shortagewatch.common.messaging.NotifiedDrain;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.DeliveryPolicy;
import org.shortagewatch.notification.domain.QuietHours;
import org.shortagewatch.notification.domain.RetrySchedule;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.domain.WebhookTargetPolicy;
import org.shortagewatch.notification.persistence.Ledger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Sends due pushed deliveries from the ledger (webhooks signed per Standard Webhooks, and e-mail over SMTP) and
 * records every attempt.
 *
 * <p>A delivery is claimed with a lease ({@code SENDING} until {@code lease_until}), so two dispatchers never send
 * it at once and a dispatcher that dies mid-send leaves it to be retried after the lease. The {@code webhook-id} is
 * the ledger row's id, the same on every retry, so receivers can drop a repeat. A delivery due in the recipient's
 * quiet hours is put back until they end, without an attempt. All scheduling follows {@link DeliveryClock}.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

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
                   a.payload, a.subject, a.body_text, a.body_html, a.severity, f.email, f.quiet_start, f.quiet_end
            from claimed c
            join alert a on a.cause_event_id = c.cause_event_id
            left join subscription s on s.id = c.subscription_id
            left join facility f on f.code = c.recipient""";

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    @Inject
    WebhookTargets targets;

    @Inject
    ReactiveMailer mailer;

    @Inject
    DeliveryClock clock;

    @ConfigProperty(name = "shortagewatch.webhook.retry-schedule", defaultValue = "5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays;

    @ConfigProperty(name = "shortagewatch.webhook.timeout", defaultValue = "10s")
    Duration timeout;

    @ConfigProperty(name = "shortagewatch.webhook.batch-size", defaultValue = "200")
    int batchSize;

    /**
     * Open connections to one endpoint (host and port) at most: a batch addressed to one receiver is sent this many
     * at a time, over kept-alive connections.
     */
    @ConfigProperty(name = "shortagewatch.webhook.connections-per-endpoint", defaultValue = "20")
    int connectionsPerEndpoint;

    /** A webhook endpoint failing without a single success for this long is disabled. */
    @ConfigProperty(name = "shortagewatch.webhook.disable-after", defaultValue = "5d")
    Duration disableAfter;

    private RetrySchedule schedule;
    private WebClient client;
    private NotifiedDrain drain;

    record Due(UUID id, Channel channel, int attempts, String url, String secret, String previousSecret,
            String payload, String subject, String bodyText, String bodyHtml, Severity severity, String email,
            QuietHours quietHours) {
    }

    void start(@Observes StartupEvent event) {
        schedule = new RetrySchedule(retryDelays);
        client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setFollowRedirects(false)
                .setKeepAlive(true)
                .setMaxPoolSize(connectionsPerEndpoint)
                .setUserAgent("ShortageWatch-Webhooks/1.0"));
        drain = NotifiedDrain.start("delivery dispatcher", batchSize, this::dispatchDue, vertx, config,
                Ledger.CHANNEL);
    }

    void stop(@Observes ShutdownEvent event) {
        if (drain != null) {
            drain.close();
        }
    }

    @Scheduled(every = "${shortagewatch.webhook.sweep-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    /** Looks for due deliveries now. */
    public void wake() {
        if (drain != null) {
            drain.wake();
        }
    }

    Uni<Integer> dispatchDue() {
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM_DUE)
                .execute(Tuple.of(batchSize, leaseSeconds(), now)))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new Due(row.getUUID("id"), Channel.valueOf(row.getString("channel")),
                                row.getInteger("attempts"), row.getString("webhook_url"), row.getString("secret"),
                                row.getString("previous_secret"), row.getString("payload"), row.getString("subject"),
                                row.getString("body_text"), row.getString("body_html"),
                                Severity.ofLevel(row.getInteger("severity")), row.getString("email"),
                                new QuietHours(row.getLocalTime("quiet_start"), row.getLocalTime("quiet_end"))));
                    }
                    return due;
                })
                .chain(due -> due.isEmpty() ? Uni.createFrom().item(0)
                        : verdicts(due).chain(verdicts -> Uni.join().all(due.stream()
                                        .map(d -> send(d, d.url() == null ? null : verdicts.get(d.url()))).toList())
                                .andFailFast())
                                .chain(this::settleWhileLeased)
                                .replaceWith(due.size()));
    }

    /** The target checks of a batch's webhook URLs, each host resolved once (again at delivery: DNS rebinding). */
    private Uni<Map<String, WebhookTargetPolicy.Verdict>> verdicts(List<Due> due) {
        List<String> urls = due.stream().filter(d -> d.channel() == Channel.WEBHOOK && d.url() != null)
                .map(Due::url).distinct().toList();
        return urls.isEmpty() ? Uni.createFrom().item(Map.of()) : targets.verdicts(urls);
    }

    /** Long enough to cover a send with its timeout, so a live dispatcher never loses its claim. */
    private double leaseSeconds() {
        return timeout.toSeconds() * 3.0 + 5;
    }

    /** What one attempt came to, to be recorded with the rest of its batch; null when the delivery was deferred. */
    record Attempt(Due due, Integer status, String error, DeliveryPolicy.Decision decision, int millis) {
    }

    /** Sends one delivery; never fails (a failed send is an attempt to record). */
    private Uni<Attempt> send(Due due, WebhookTargetPolicy.Verdict verdict) {
        Optional<Instant> quietUntil = due.quietHours().deferUntil(clock.now(), due.severity());
        if (quietUntil.isPresent()) {
            return defer(due, quietUntil.get()).replaceWith((Attempt) null);
        }
        return (due.channel() == Channel.EMAIL ? mail(due) : webhook(due, verdict))
                .onFailure().recoverWithItem(failure -> new Attempt(due, null,
                        failure.getClass().getSimpleName() + ": " + failure.getMessage(),
                        DeliveryPolicy.decide(due.attempts(), null, Optional.empty(), schedule), 0));
    }

    /** Checks the target again first: a name that resolved to a public address at subscription may not now. */
    private Uni<Attempt> webhook(Due due, WebhookTargetPolicy.Verdict verdict) {
        if (due.url() == null) {
            return Uni.createFrom().item(new Attempt(due, null, "the subscription has no webhook URL",
                    failedForGood(), 0));
        }
        return verdict.allowed() ? post(due)
                : Uni.createFrom().item(new Attempt(due, null, "target refused: " + verdict.reason(),
                        failedForGood(), 0));
    }

    private static DeliveryPolicy.Decision failedForGood() {
        return new DeliveryPolicy.Decision(DeliveryPolicy.Status.FAILED, Optional.empty(), false);
    }

    private Uni<Attempt> post(Due due) {
        String msgId = due.id().toString();
        long timestamp = clock.now().getEpochSecond();
        String signature = WebhookSigner.sign(due.secret(), msgId, timestamp, due.payload());
        if (due.previousSecret() != null) {
            signature = signature + " " + WebhookSigner.sign(due.previousSecret(), msgId, timestamp, due.payload());
        }
        long started = System.nanoTime();
        return client.postAbs(due.url())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .putHeader("webhook-id", msgId)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", signature)
                .timeout(timeout.toMillis())
                .sendBuffer(Buffer.buffer(due.payload()))
                .onItemOrFailure().transform((response, failure) -> attempt(due, response, failure,
                        (int) Duration.ofNanos(System.nanoTime() - started).toMillis()));
    }

    private Attempt attempt(Due due, HttpResponse<Buffer> response, Throwable failure, int millis) {
        Integer status = response == null ? null : response.statusCode();
        Optional<Duration> retryAfter = response == null ? Optional.empty()
                : DeliveryPolicy.parseRetryAfter(response.getHeader("Retry-After"), clock.now());
        DeliveryPolicy.Decision decision = DeliveryPolicy.decide(due.attempts(), status, retryAfter, schedule);
        String error = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : decision.status() == DeliveryPolicy.Status.DELIVERED ? null : "HTTP " + status;
        if (decision.status() != DeliveryPolicy.Status.DELIVERED) {
            LOG.debugf("webhook %s attempt %d: %s -> %s", due.id(), due.attempts(), error, decision.status());
        }
        return new Attempt(due, status, error, decision, millis);
    }

    /** Sends the e-mail; an SMTP failure is retried on the same schedule as webhooks. */
    private Uni<Attempt> mail(Due due) {
        if (due.email() == null) {
            return Uni.createFrom().item(new Attempt(due, null, "the recipient has no e-mail address",
                    failedForGood(), 0));
        }
        Mail mail = Mail.withText(due.email(), due.subject(), due.bodyText())
                .addHeader("Auto-Submitted", "auto-generated")
                .addHeader("X-ShortageWatch-Delivery", due.id().toString());
        if (due.bodyHtml() != null) {
            mail.setHtml(due.bodyHtml());
        }
        long started = System.nanoTime();
        return mailer.send(mail).onItemOrFailure().transform((ok, failure) -> {
            int millis = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
            if (failure == null) {
                return new Attempt(due, null, null, new DeliveryPolicy.Decision(DeliveryPolicy.Status.DELIVERED,
                        Optional.empty(), false), millis);
            }
            DeliveryPolicy.Decision decision = DeliveryPolicy.decide(due.attempts(), null, Optional.empty(), schedule);
            return new Attempt(due, null, failure.getClass().getSimpleName() + ": " + failure.getMessage(), decision,
                    millis);
        });
    }

    /** Puts a delivery back, untried, until the recipient's quiet hours end. */
    private Uni<Void> defer(Due due, Instant until) {
        return pool.preparedQuery("""
                update delivery set status = 'PENDING', attempts = attempts - 1, lease_until = null, next_attempt_at = $2::timestamptz
                where id = $1""")
                .execute(Tuple.of(due.id(), until.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /**
     * Records a batch's outcomes, trying again while the claim's lease lasts if the database is away (a dropped
     * connection, a restart): webhooks already sent are then not sent again. Only if the database stays away longer
     * than the lease are they sent again, under the same {@code webhook-id}, after the lease expires.
     */
    private Uni<Void> settleWhileLeased(List<Attempt> attempts) {
        long budget = (long) (leaseSeconds() * 1000) - timeout.toMillis() - 1000;
        return settle(attempts)
                .onFailure().invoke(failure -> LOG.warnf("recording %d delivery outcome(s) failed; trying again: %s",
                        attempts.size(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(250), Duration.ofSeconds(3)).expireIn(budget);
    }

    /**
     * Records a batch's attempts and the deliveries' new states in one statement however large the batch; for
     * webhooks also each endpoint's health: 410 Gone disables it, and so does failing without a
     * single success for {@code disable-after}.
     */
    private Uni<Void> settle(List<Attempt> attempts) {
        List<Attempt> made = attempts.stream().filter(Objects::nonNull).toList();
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
            Attempt a = made.get(i);
            ids[i] = a.due().id();
            codes[i] = a.status();
            errors[i] = a.error();
            states[i] = a.decision().status().name();
            retryIn[i] = a.decision().retryIn().map(d -> d.toMillis() / 1000.0).orElse(0.0);
            millis[i] = a.millis();
            gone[i] = a.decision().disableEndpoint();
            claim[i] = a.due().attempts();
        }
        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
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
