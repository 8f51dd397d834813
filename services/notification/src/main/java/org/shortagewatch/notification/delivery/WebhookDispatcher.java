package org.shortagewatch.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.shortagewatch.common.messaging.DrainLoop;
import org.shortagewatch.common.messaging.PgListener;
import org.shortagewatch.notification.domain.DeliveryPolicy;
import org.shortagewatch.notification.domain.RetrySchedule;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.persistence.Ledger;

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
 * Sends due webhook deliveries from the ledger, signed per Standard Webhooks, and records every attempt.
 *
 * <p>A delivery is claimed with a lease ({@code SENDING} until {@code lease_until}), so two dispatchers never send
 * it at once and a dispatcher that dies mid-send leaves it to be retried after the lease. The {@code webhook-id} is
 * the ledger row's id, the same on every retry, so receivers can drop a repeat.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private static final String CLAIM_DUE = """
            with due as (
                select id from delivery
                where channel = $1
                  and ((status = 'PENDING' and next_attempt_at <= now()) or (status = 'SENDING' and lease_until < now()))
                order by next_attempt_at
                limit $2
                for update skip locked),
            claimed as (
                update delivery d
                set status = 'SENDING', attempts = d.attempts + 1, lease_until = now() + make_interval(secs => $3)
                from due where d.id = due.id
                returning d.id, d.subscription_id, d.cause_event_id, d.attempts)
            select c.id, c.attempts, s.webhook_url, s.secret, a.payload
            from claimed c
            join subscription s on s.id = c.subscription_id
            join alert a on a.cause_event_id = c.cause_event_id""";

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    Config config;

    @Inject
    WebhookTargets targets;

    @ConfigProperty(name = "shortagewatch.webhook.retry-schedule", defaultValue = "5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays;

    @ConfigProperty(name = "shortagewatch.webhook.timeout", defaultValue = "10s")
    Duration timeout;

    @ConfigProperty(name = "shortagewatch.webhook.batch-size", defaultValue = "200")
    int batchSize;

    private RetrySchedule schedule;
    private WebClient client;
    private DrainLoop loop;
    private Optional<PgListener> listener = Optional.empty();

    record Due(UUID id, int attempts, String url, String secret, String payload) {
    }

    void start(@Observes StartupEvent event) {
        schedule = new RetrySchedule(retryDelays);
        client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setFollowRedirects(false)
                .setUserAgent("ShortageWatch-Webhooks/1.0"));
        loop = new DrainLoop("webhook dispatcher", batchSize, this::dispatchDue);
        listener = PgListener.listen(vertx, config, Ledger.CHANNEL, loop::wake);
        loop.wake();
    }

    void stop(@Observes ShutdownEvent event) {
        listener.ifPresent(PgListener::close);
    }

    @Scheduled(every = "${shortagewatch.webhook.sweep-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        if (loop != null) {
            loop.wake();
        }
    }

    Uni<Integer> dispatchDue() {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM_DUE)
                .execute(Tuple.of(Ledger.WEBHOOK, batchSize, leaseSeconds())))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new Due(row.getUUID("id"), row.getInteger("attempts"), row.getString("webhook_url"),
                                row.getString("secret"), row.getString("payload")));
                    }
                    return due;
                })
                .chain(due -> due.isEmpty() ? Uni.createFrom().item(0)
                        : Uni.join().all(due.stream().map(this::send).toList()).andCollectFailures()
                                .replaceWith(due.size()));
    }

    /** Long enough to cover a send with its timeout, so a live dispatcher never loses its claim. */
    private double leaseSeconds() {
        return timeout.toSeconds() * 3.0 + 5;
    }

    /** Checks the target again first: a name that resolved to a public address at subscription may not now. */
    private Uni<Void> send(Due due) {
        return targets.verdict(due.url()).chain(verdict -> verdict.allowed() ? post(due)
                : persist(due, null, "target refused: " + verdict.reason(),
                        new DeliveryPolicy.Decision(DeliveryPolicy.Status.FAILED, Optional.empty(), false), 0));
    }

    private Uni<Void> post(Due due) {
        Instant now = Instant.now();
        String msgId = due.id().toString();
        long timestamp = now.getEpochSecond();
        long started = System.nanoTime();
        return client.postAbs(due.url())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .putHeader("webhook-id", msgId)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSigner.sign(due.secret(), msgId, timestamp, due.payload()))
                .timeout(timeout.toMillis())
                .sendBuffer(Buffer.buffer(due.payload()))
                .onItemOrFailure().transformToUni((response, failure) -> record(due, response, failure,
                        (int) Duration.ofNanos(System.nanoTime() - started).toMillis()));
    }

    private Uni<Void> record(Due due, HttpResponse<Buffer> response, Throwable failure, int millis) {
        Integer status = response == null ? null : response.statusCode();
        Optional<Duration> retryAfter = response == null ? Optional.empty()
                : DeliveryPolicy.parseRetryAfter(response.getHeader("Retry-After"), Instant.now());
        DeliveryPolicy.Decision decision = DeliveryPolicy.decide(due.attempts(), status, retryAfter, schedule);
        String error = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : decision.status() == DeliveryPolicy.Status.DELIVERED ? null : "HTTP " + status;
        if (decision.status() != DeliveryPolicy.Status.DELIVERED) {
            LOG.debugf("webhook %s attempt %d: %s -> %s", due.id(), due.attempts(), error, decision.status());
        }
        return persist(due, status, error, decision, millis);
    }

    /** Records the attempt and the delivery's new state in one transaction. */
    private Uni<Void> persist(Due due, Integer status, String error, DeliveryPolicy.Decision decision, int millis) {
        double retryInSeconds = decision.retryIn().map(d -> d.toMillis() / 1000.0).orElse(0.0);
        return pool.withTransaction(connection -> connection.preparedQuery("""
                insert into delivery_attempt (delivery_id, status_code, error, duration_ms) values ($1, $2, $3, $4)""")
                .execute(Tuple.of(due.id(), status, error, millis))
                .chain(() -> connection.preparedQuery("""
                        update delivery set status = $2, lease_until = null, last_error = $3,
                            next_attempt_at = now() + make_interval(secs => $4),
                            delivered_at = case when $2 = 'DELIVERED' then now() end
                        where id = $1""")
                        .execute(Tuple.of(due.id(), decision.status().name(), error, retryInSeconds)))
                .chain(() -> decision.disableEndpoint()
                        ? connection.preparedQuery("""
                                update subscription set active = false
                                where id = (select subscription_id from delivery where id = $1)""")
                                .execute(Tuple.of(due.id()))
                        : Uni.createFrom().nullItem()))
                .replaceWithVoid();
    }
}
