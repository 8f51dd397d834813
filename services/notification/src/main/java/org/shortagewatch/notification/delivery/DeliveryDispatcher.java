package org.shortagewatch.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.shortagewatch.common.messaging.OwnEventLoop;
import org.shortagewatch.common.messaging.QueueWorker;
import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.DeliveryPolicy;
import org.shortagewatch.notification.network.WebhookTargetGuard;
import org.shortagewatch.notification.network.WebhookTargets;
import org.shortagewatch.notification.persistence.DeliveryAttempt;
import org.shortagewatch.notification.persistence.DeliveryQueue;
import org.shortagewatch.notification.persistence.Deferral;
import org.shortagewatch.notification.persistence.DueDelivery;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends due pushed deliveries from the ledger (webhooks through {@link WebhookSender}, e-mail through
 * {@link MailSender}) and records every attempt ({@link DeliveryQueue}).
 *
 * <p>A {@link QueueWorker}: woken at once when a transaction that queued deliveries commits ({@value
 * DeliveryQueue#CHANNEL}), and swept every {@code shortagewatch.webhook.sweep-interval}. Each round claims a batch
 * with a lease, checks its webhook targets again (DNS rebinding), sends it, so many at once per channel, and records
 * the outcomes together. A round never outlives its lease ({@link DeliveryRound}): sends start within a timeout of
 * the claim and each is answered within one, or is a failed attempt; what the round did not start is put back for the
 * next, so another dispatcher never claims, and sends again, a delivery this one is still sending. A delivery due in
 * the recipient's quiet hours is put back until they end, without an attempt.
 * A recipient's deliveries about one product go out in the order of its revisions: the claim holds back one whose
 * earlier revision is still to be delivered or given up, and a round whose settlement releases later revisions runs
 * again at once to send them. All scheduling follows {@link DeliveryClock}. The round runs on the event loop and
 * never blocks it: the database, HTTP and SMTP clients are non-blocking, and name resolution runs on a worker thread.
 *
 * <p>Off the consumers' path: the dispatcher runs on an event loop of its own ({@link OwnEventLoop}, thread
 * {@value #THREAD}), not on the application's event loops where the Kafka consumers and the HTTP requests run, and
 * the queue claims and settles over connections of its own ({@link DeliveryQueue}), not the application's pool.
 * Every wake-up (the commit's notification, the sweep, a digest) is handed to that loop, and the database, HTTP and
 * SMTP connections a round opens are opened there. A round that waits for a slow endpoint (up to
 * {@code shortagewatch.webhook.timeout}) so holds back later deliveries, never the consumers: they share with the
 * dispatcher neither a thread nor a connection, only the ledger, which they write and commit without waiting for it.
 */
@ApplicationScoped
public class DeliveryDispatcher extends QueueWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    /** The name of the dispatcher's thread. */
    static final String THREAD = "delivery-dispatcher";

    @Inject
    DeliveryQueue queue;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookSender webhooks;

    @Inject
    MailSender mail;

    @Inject
    DeliveryClock clock;

    @Inject
    NotificationSettings.Webhook settings;

    @Inject
    Vertx vertx;

    private OwnEventLoop loop;
    private Executor onLoop;

    @Override
    protected void starting() {
        loop = OwnEventLoop.start(vertx, THREAD);
        onLoop = task -> loop.context().runOnContext(run -> task.run());
    }

    @Override
    protected Context context() {
        return loop.context();
    }

    @Override
    protected void stopped() {
        try {
            queue.close().await().atMost(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.debugf("closing the dispatcher's connections: %s", e.toString());
        }
        loop.close();
    }

    @Override
    protected Spec spec() {
        return new Spec("delivery dispatcher", DeliveryQueue.CHANNEL, settings.batchSize(), settings.sweepInterval(), true);
    }

    /** Claims, sends and records one batch; returns how many deliveries it claimed or postponed. */
    @Override
    protected Uni<Integer> drainOnce() {
        return queue.claim(settings.batchSize(), leaseSeconds(), clock.now()).chain(claim -> claim.due().isEmpty()
                ? Uni.createFrom().item(claim.done()) : deliver(claim.due()).replaceWith(claim.done()));
    }

    /**
     * Sends a claimed batch in one round and records what became of each delivery: an attempt, or put back untried
     * (quiet hours; the round's window closed before it was started). Runs again at once when that left deliveries
     * due now: put back, or the next revisions its settlement released.
     */
    private Uni<Void> deliver(List<DueDelivery> due) {
        Instant now = clock.now();
        List<Deferral> deferrals = new ArrayList<>();
        List<DueDelivery> webhooksDue = new ArrayList<>();
        List<DueDelivery> mailsDue = new ArrayList<>();
        for (DueDelivery d : due) {
            Optional<Instant> quietUntil = d.quietHours().deferUntil(now, d.urgency());
            if (quietUntil.isPresent()) {
                deferrals.add(new Deferral(d, quietUntil.get(), true));
            } else {
                (d.channel() == Channel.EMAIL ? mailsDue : webhooksDue).add(d);
            }
        }
        Queue<DueDelivery> notStarted = new ConcurrentLinkedQueue<>();
        DeliveryRound round = new DeliveryRound(settings.timeout(), settings.timeout(), System::nanoTime, onLoop);
        Map<String, Uni<WebhookTargetGuard.Verdict>> verdicts = new ConcurrentHashMap<>();
        return Uni.combine().all().unis(
                        round.send(webhooksDue, new DeliveryRound.Bounds(settings.webhooksInFlight(),
                                settings.connectionsPerEndpoint(), d -> WebhookSender.endpoint(d.url())),
                                d -> webhook(d, verdicts), this::failed, notStarted),
                        round.send(mailsDue, DeliveryRound.Bounds.oneEndpoint(settings.emailsInFlight()), mail::send,
                                this::failed, notStarted))
                .with((webhooks, mails) -> Stream.concat(webhooks.stream(), mails.stream()).toList())
                .chain(this::settleWhileLeased)
                .chain(released -> {
                    notStarted.forEach(d -> deferrals.add(new Deferral(d, clock.now(), false)));
                    if (released > 0 || !notStarted.isEmpty()) {
                        wake(); // due now: another round after this one
                    }
                    return Uni.createFrom().deferred(() -> queue.putBack(deferrals)).runSubscriptionOn(onLoop)
                            .onFailure().invoke(failure -> LOG.warnf("putting back %d untried delivery(ies) failed;"
                                    + " they are claimed again when their lease ends: %s", deferrals.size(),
                                    failure.toString()))
                            .onFailure().recoverWithNull();
                });
    }

    /**
     * A webhook, its target checked again first (DNS rebinding): each URL once a round, its host resolved on a worker
     * thread and shared by the round's deliveries to it.
     */
    private Uni<DeliveryAttempt> webhook(DueDelivery due, Map<String, Uni<WebhookTargetGuard.Verdict>> verdicts) {
        if (due.url() == null) {
            return webhooks.send(due, null);
        }
        return verdicts.computeIfAbsent(due.url(), url -> targets.verdict(url).memoize().indefinitely())
                .chain(verdict -> webhooks.send(due, verdict));
    }

    /** Long enough to cover a round: its window to start sends, then a send's timeout, then the settlement. */
    private double leaseSeconds() {
        return settings.timeout().toSeconds() * 3.0 + 5;
    }

    /**
     * What a delivery that could not be sent, or was not answered within the timeout, is recorded as: a failed
     * attempt, retried on its schedule. One bad recipient (an address the mailer refuses, a sender that throws, an
     * endpoint that never finishes its answer) never holds back the rest of the batch, which is sent and settled as
     * usual.
     */
    private DeliveryAttempt failed(DueDelivery due, Throwable failure) {
        LOG.warnf("delivery %s (%s) failed: %s", due.id(), due.channel(), failure.toString());
        String error = failure instanceof TimeoutException ? "no answer within " + settings.timeout()
                : "not sent: " + failure.getClass().getSimpleName();
        return new DeliveryAttempt(due, null, error,
                DeliveryPolicy.decide(due.attempts(), null, Optional.empty(), settings.retry()), 0);
    }

    /**
     * Records a batch's outcomes, trying again while the claim's lease lasts if the database is away (a dropped
     * connection, a restart): webhooks already sent are then not sent again. Only if the database stays away longer
     * than the lease are they sent again, under the same {@code webhook-id}, after the lease expires.
     */
    private Uni<Integer> settleWhileLeased(List<DeliveryAttempt> attempts) {
        // what the lease leaves after the round's window and a send's timeout, less a second
        long budget = (long) (leaseSeconds() * 1000) - 2 * settings.timeout().toMillis() - 1000;
        return Uni.createFrom().deferred(() -> queue.settle(attempts, clock.now(), settings.disableAfter()))
                .runSubscriptionOn(onLoop) // a retry after its backoff, too, on the dispatcher's loop
                .onFailure().invoke(failure -> LOG.warnf("recording %d delivery outcome(s) failed; trying again: %s",
                        attempts.size(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(250), Duration.ofSeconds(3)).expireIn(budget);
    }
}
