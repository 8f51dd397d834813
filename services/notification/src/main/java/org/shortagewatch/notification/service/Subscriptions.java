package org.shortagewatch.notification.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.domain.AuditAction;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.network.WebhookTargets;
import org.shortagewatch.notification.persistence.DeliveryHistory;
import org.shortagewatch.notification.persistence.Subscription;
import org.shortagewatch.notification.persistence.SubscriptionStore;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * A facility's subscriptions: creating one (its webhook target checked first), rotating its signing secret,
 * turning its demand-shift warnings on or off, removing it, and reading them with their ledger. A facility sees and changes only its own; another's is answered
 * as not found, like one that does not exist. Each change and its audit row commit in one transaction on the SQL
 * client ({@link SubscriptionStore}); reading them is on the entity's Panache session.
 */
@ApplicationScoped
public class Subscriptions {

    /** The disabled reason of a subscription its facility removed. */
    public static final String REMOVED = "UNSUBSCRIBED";
    /** The disabled reason of a subscription its facility paused. */
    public static final String PAUSED = "PAUSED";

    @Inject
    Pool pool;

    @Inject
    SubscriptionStore store;

    @Inject
    Caller caller;

    @Inject
    WebhookTargets targets;

    @Inject
    AuditTrail audit;

    @Inject
    DeliveryHistory history;

    @Inject
    NotificationSettings.Webhook settings;

    /**
     * Stores a new subscription (the caller checked that it acts for the facility) once its webhook URL, if any,
     * passed the target check. While the facility has an active subscription that tells it the same things the
     * same way (same target, channels and webhook URL), another is refused (409, naming the one it has): it would
     * only list the product twice. Other channels or another endpoint for the same target are a subscription of
     * their own.
     */
    public Uni<Subscription> create(Subscription s) {
        Uni<Void> checked = s.webhookUrl == null ? Uni.createFrom().voidItem() : targets.check(s.webhookUrl);
        return checked.chain(() -> pool.withTransaction(c -> store.sameActive(c, s)
                .chain(existing -> {
                    if (existing != null) {
                        Text detail = Text.of(s.target + " は同じ通知方法で既にウォッチしています（購読 " + existing + "）",
                                s.facilityCode + " already follows " + s.target + " on the same channels (subscription "
                                        + existing + ")");
                        throw new ProblemException(409, "Conflict", detail,
                                List.of(Problem.FieldError.of("target", detail)));
                    }
                    return store.insert(c, s);
                })
                .call(saved -> record(c, AuditAction.SUBSCRIPTION_CREATE, saved.id))));
    }

    /**
     * A new signing secret; until {@code previous-secret-validity} has passed, webhooks are signed with the previous
     * one too, so receivers can switch over.
     */
    public Uni<Subscription> rotateSecret(UUID id) {
        Instant previousExpiresAt = Instant.now().plus(settings.previousSecretValidity()).truncatedTo(ChronoUnit.MICROS);
        return pool.withTransaction(c -> lockOwn(c, id)
                .chain(() -> store.rotateSecret(c, id, WebhookSigner.newSecret(), previousExpiresAt))
                .call(() -> record(c, AuditAction.SUBSCRIPTION_ROTATE_SECRET, id)));
    }

    /** A facility's subscriptions, newest first, without those it removed. */
    @WithSession
    public Uni<List<Subscription>> of(String facility) {
        if (!caller.actsFor(facility)) {
            return Uni.createFrom().failure(ProblemException.notYours(
                    Text.of("施設 " + facility + " はありません", "no facility " + facility)));
        }
        return Subscription.list(
                "facilityCode = ?1 and (disabledReason is null or disabledReason <> ?2) order by createdAt desc, id",
                facility, REMOVED);
    }

    /**
     * Turns demand-shift warnings on or off; setting what is already set changes nothing (and writes no audit row).
     */
    public Uni<Subscription> setDemandShiftAlerts(UUID id, boolean enabled) {
        return pool.withTransaction(c -> lockOwn(c, id).chain(s -> s.demandShiftAlerts == enabled
                ? Uni.createFrom().item(s)
                : store.setDemandShiftAlerts(c, id, enabled)
                        .call(() -> record(c, AuditAction.SUBSCRIPTION_DEMAND_SHIFT_ALERTS, id))));
    }

    /**
     * Pauses a subscription: it matches nothing until resumed, and keeps its settings and history. Pausing a paused
     * one changes nothing; a removed one, or one the service disabled (its webhook gone), cannot be paused (409).
     */
    public Uni<Subscription> pause(UUID id) {
        return pool.withTransaction(c -> lockOwn(c, id).chain(s -> {
            if (PAUSED.equals(s.disabledReason)) {
                return Uni.createFrom().item(s);
            }
            if (!s.active) {
                return Uni.createFrom().failure(notPausable(id, s));
            }
            return store.deactivate(c, id, PAUSED).call(() -> record(c, AuditAction.SUBSCRIPTION_PAUSE, id))
                    .chain(() -> store.lock(c, id));
        }));
    }

    /** Resumes a paused subscription; resuming an active one changes nothing; any other is refused (409). */
    public Uni<Subscription> resume(UUID id) {
        return pool.withTransaction(c -> lockOwn(c, id).chain(s -> {
            if (s.active) {
                return Uni.createFrom().item(s);
            }
            if (!PAUSED.equals(s.disabledReason)) {
                return Uni.createFrom().failure(notPausable(id, s));
            }
            return store.resume(c, id, PAUSED).call(() -> record(c, AuditAction.SUBSCRIPTION_RESUME, id))
                    .chain(() -> store.lock(c, id));
        }));
    }

    private static ProblemException notPausable(UUID id, Subscription s) {
        return new ProblemException(409, "Conflict", REMOVED.equals(s.disabledReason)
                ? Text.of("購読 " + id + " は削除されています", "subscription " + id + " was removed")
                : Text.of("購読 " + id + " は無効になっています（" + s.disabledReason + "）。作り直してください",
                        "subscription " + id + " was disabled (" + s.disabledReason + "); make a new one"),
                List.of());
    }

    /**
     * Removes a subscription: it stops matching at once and is kept, inactive, so its ledger keeps its history.
     * Removing it again changes nothing.
     */
    public Uni<Void> remove(UUID id) {
        return pool.withTransaction(c -> lockOwn(c, id).chain(s -> REMOVED.equals(s.disabledReason)
                ? Uni.createFrom().voidItem()
                : store.deactivate(c, id, REMOVED).chain(() -> record(c, AuditAction.SUBSCRIPTION_DELETE, id))));
    }

    /**
     * A subscription's deliveries, newest first (at most 100), read on the SQL client once the session that found
     * the subscription is closed (a request holds one connection of the pool at a time).
     */
    public Uni<List<DeliveryHistory.Entry>> deliveries(UUID id) {
        return Panache.withSession(() -> find(id)).chain(s -> history.forSubscription(id));
    }

    /** The caller's own subscription; another facility's is answered as not found, like one that does not exist. */
    @WithSession
    public Uni<Subscription> find(UUID id) {
        return own(id, Subscription.<Subscription>findById(id));
    }

    /** As {@link #find}, locked for update in the transaction of {@code c}. */
    private Uni<Subscription> lockOwn(SqlConnection c, UUID id) {
        return own(id, store.lock(c, id));
    }

    /** The subscription found, when it is the caller's; otherwise 404, whether it exists or not. */
    private Uni<Subscription> own(UUID id, Uni<Subscription> found) {
        Text none = Text.of("購読 " + id + " はありません", "no subscription " + id);
        return found
                .onItem().ifNull().failWith(() -> ProblemException.notFound(none))
                .invoke(s -> {
                    if (!caller.actsFor(s.facilityCode)) {
                        throw ProblemException.notYours(none);
                    }
                });
    }

    private Uni<Void> record(SqlConnection c, AuditAction action, UUID id) {
        return audit.record(c, action, id.toString());
    }
}
