package org.shortagewatch.notification.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.notification.config.NotificationSettings;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.network.WebhookTargets;
import org.shortagewatch.notification.persistence.DeliveryHistory;
import org.shortagewatch.notification.persistence.Subscription;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A facility's subscriptions: creating one (its webhook target checked first), rotating its signing secret,
 * removing it, and reading them with their ledger. A facility sees and changes only its own; another's is answered
 * as not found, like one that does not exist. Each change and its audit row commit in one transaction.
 */
@ApplicationScoped
public class Subscriptions {

    /** The disabled reason of a subscription its facility removed. */
    public static final String REMOVED = "UNSUBSCRIBED";

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
     * passed the target check.
     */
    @WithTransaction
    public Uni<Subscription> create(Subscription s) {
        Uni<Void> checked = s.webhookUrl == null ? Uni.createFrom().voidItem() : targets.check(s.webhookUrl);
        return checked.chain(() -> s.<Subscription>persist())
                .call(saved -> record("subscription.create", saved.id));
    }

    /**
     * A new signing secret; until {@code previous-secret-validity} has passed, webhooks are signed with the previous
     * one too, so receivers can switch over.
     */
    @WithTransaction
    public Uni<Subscription> rotateSecret(UUID id) {
        return find(id).chain(s -> {
            s.previousSecret = s.secret;
            s.previousSecretExpiresAt = Instant.now().plus(settings.previousSecretValidity())
                    .truncatedTo(ChronoUnit.MICROS);
            s.secret = WebhookSigner.newSecret();
            return record("subscription.rotate-secret", id).replaceWith(s);
        });
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
     * Removes a subscription: it stops matching at once and is kept, inactive, so its ledger keeps its history.
     * Removing it again changes nothing.
     */
    @WithTransaction
    public Uni<Void> remove(UUID id) {
        return find(id).chain(s -> {
            if (REMOVED.equals(s.disabledReason)) {
                return Uni.createFrom().voidItem();
            }
            s.active = false;
            s.disabledReason = REMOVED;
            return record("subscription.delete", id);
        });
    }

    /** A subscription's deliveries, newest first (at most 100). */
    @WithSession
    public Uni<List<DeliveryHistory.Entry>> deliveries(UUID id) {
        return find(id).chain(s -> history.forSubscription(id));
    }

    /** The caller's own subscription; another facility's is answered as not found, like one that does not exist. */
    @WithSession
    public Uni<Subscription> find(UUID id) {
        Text none = Text.of("購読 " + id + " はありません", "no subscription " + id);
        return Subscription.<Subscription>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(none))
                .invoke(s -> {
                    if (!caller.actsFor(s.facilityCode)) {
                        throw ProblemException.notYours(none);
                    }
                });
    }

    private Uni<Void> record(String action, UUID id) {
        return Panache.getSession().chain(session -> audit.record(session, action, id.toString(), AuditTrail.SUCCESS));
    }
}
