package org.shortagewatch.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

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
import org.shortagewatch.notification.persistence.DueDelivery;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends due pushed deliveries from the ledger (webhooks through {@link WebhookSender}, e-mail through
 * {@link MailSender}) and records every attempt ({@link DeliveryQueue}).
 *
 * <p>A {@link QueueWorker}: woken at once when a transaction that queued deliveries commits ({@value
 * DeliveryQueue#CHANNEL}), and swept every {@code shortagewatch.webhook.sweep-interval}. Each round claims a batch
 * with a lease, checks the batch's webhook targets again (DNS rebinding), sends them all at once and records their
 * outcomes together. A delivery due in the recipient's quiet hours is put back until they end, without an attempt.
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
        return queue.claim(settings.batchSize(), leaseSeconds(), clock.now()).chain(claim -> {
            List<DueDelivery> due = claim.due();
            return due.isEmpty() ? Uni.createFrom().item(claim.done())
                    : verdicts(due).chain(verdicts -> Uni.join().all(due.stream()
                                    .map(d -> sendAlone(d, d.url() == null ? null : verdicts.get(d.url()))).toList())
                            .andFailFast())
                            .chain(this::settleWhileLeased)
                            .invoke(released -> {
                                if (released > 0) {
                                    wake(); // the next revisions are due now: another round after this one
                                }
                            })
                            .replaceWith(claim.done());
        });
    }

    /** The target checks of a batch's webhook URLs, each host resolved once (again at delivery: DNS rebinding). */
    private Uni<Map<String, WebhookTargetGuard.Verdict>> verdicts(List<DueDelivery> due) {
        List<String> urls = due.stream().filter(d -> d.channel() == Channel.WEBHOOK && d.url() != null)
                .map(DueDelivery::url).distinct().toList();
        return urls.isEmpty() ? Uni.createFrom().item(Map.of()) : targets.verdicts(urls);
    }

    /** Long enough to cover a send with its timeout, so a live dispatcher never loses its claim. */
    private double leaseSeconds() {
        return settings.timeout().toSeconds() * 3.0 + 5;
    }

    /**
     * Sends one delivery so that whatever goes wrong with it is its own failed attempt, recorded and retried on its
     * schedule: one bad recipient (an address the mailer refuses, a sender that throws) never holds back the rest of
     * the batch, which is sent and settled as usual.
     */
    private Uni<DeliveryAttempt> sendAlone(DueDelivery due, WebhookTargetGuard.Verdict verdict) {
        return Uni.createFrom().deferred(() -> send(due, verdict)).onFailure().recoverWithItem(failure -> {
            LOG.warnf("delivery %s (%s) could not be sent: %s", due.id(), due.channel(), failure.toString());
            return new DeliveryAttempt(due, null, "not sent: " + failure.getClass().getSimpleName(),
                    DeliveryPolicy.decide(due.attempts(), null, Optional.empty(), settings.retry()), 0);
        });
    }

    /** Sends one delivery, or defers it past quiet hours (then null: nothing to record). */
    private Uni<DeliveryAttempt> send(DueDelivery due, WebhookTargetGuard.Verdict verdict) {
        Optional<Instant> quietUntil = due.quietHours().deferUntil(clock.now(), due.urgency());
        if (quietUntil.isPresent()) {
            return queue.defer(due.id(), quietUntil.get()).replaceWith((DeliveryAttempt) null);
        }
        return due.channel() == Channel.EMAIL ? mail.send(due) : webhooks.send(due, verdict);
    }

    /**
     * Records a batch's outcomes, trying again while the claim's lease lasts if the database is away (a dropped
     * connection, a restart): webhooks already sent are then not sent again. Only if the database stays away longer
     * than the lease are they sent again, under the same {@code webhook-id}, after the lease expires.
     */
    private Uni<Integer> settleWhileLeased(List<DeliveryAttempt> attempts) {
        List<DeliveryAttempt> made = attempts.stream().filter(Objects::nonNull).toList();
        long budget = (long) (leaseSeconds() * 1000) - settings.timeout().toMillis() - 1000;
        return Uni.createFrom().deferred(() -> queue.settle(made, clock.now(), settings.disableAfter()))
                .runSubscriptionOn(onLoop) // a retry after its backoff, too, on the dispatcher's loop
                .onFailure().invoke(failure -> LOG.warnf("recording %d delivery outcome(s) failed; trying again: %s",
                        attempts.size(), failure.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(250), Duration.ofSeconds(3)).expireIn(budget);
    }
}
