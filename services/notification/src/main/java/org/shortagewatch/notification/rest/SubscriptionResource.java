package org.shortagewatch.notification.rest;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.notification.delivery.WebhookTargets;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.persistence.Ledger;
import org.shortagewatch.notification.persistence.Subscription;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Pharmacies and hospitals subscribe to the products they stock")
public class SubscriptionResource {

    /** The disabled reason of a subscription its facility removed. */
    static final String REMOVED = "UNSUBSCRIBED";

    @Inject
    Ledger ledger;

    @Inject
    Caller caller;

    @Inject
    WebhookTargets targets;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "shortagewatch.webhook.previous-secret-validity", defaultValue = "24h")
    java.time.Duration previousSecretValidity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a facility to a product, ingredient, therapeutic class, manufacturer or "
            + "supply-security class", description = "Answers the webhook signing secret (Standard Webhooks, whsec_...) once; keep it.")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithTransaction
    public Uni<RestResponse<SubscriptionView>> subscribe(@Valid @NotNull SubscriptionRequest body) {
        Optional<String> badCode = FacilityCodes.problem(body.facilityCode());
        if (badCode.isPresent()) {
            return Uni.createFrom().failure(ProblemException.invalidField("facilityCode", badCode.get()));
        }
        if (!caller.actsFor(body.facilityCode())) {
            return Uni.createFrom().failure(ProblemException.forbidden("a facility subscribes for itself only"));
        }
        Subscription s;
        try {
            s = SubscriptionRules.from(body);
        } catch (ProblemException refused) {
            return Uni.createFrom().failure(refused);
        }
        Uni<Void> checked = s.webhookUrl == null ? Uni.createFrom().voidItem() : targets.check(s.webhookUrl);
        return checked.chain(() -> create(s));
    }

    private Uni<RestResponse<SubscriptionView>> create(Subscription s) {
        return s.<Subscription>persist()
                .call(saved -> Panache.getSession().chain(session ->
                        audit.record(session, "subscription.create", saved.id.toString(), AuditTrail.SUCCESS)))
                .map(saved -> RestResponse.ResponseBuilder
                .<SubscriptionView>created(URI.create("/api/v1/subscriptions/" + saved.id))
                .entity(SubscriptionView.withSecret(saved))
                .build());
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate the webhook signing secret",
            description = "Answers the new secret once. Until shortagewatch.webhook.previous-secret-validity has passed, "
                    + "webhooks carry a signature with the new secret and one with the previous, so receivers can switch over.")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithTransaction
    public Uni<SubscriptionView> rotateSecret(@PathParam("id") UUID id) {
        return find(id).chain(s -> {
            s.previousSecret = s.secret;
            s.previousSecretExpiresAt = Instant.now().plus(previousSecretValidity).truncatedTo(ChronoUnit.MICROS);
            s.secret = WebhookSigner.newSecret();
            return Panache.getSession().chain(session ->
                    audit.record(session, "subscription.rotate-secret", id.toString(), AuditTrail.SUCCESS))
                    .replaceWith(SubscriptionView.withSecret(s));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A subscription (without its secret)")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithSession
    public Uni<SubscriptionView> get(@PathParam("id") UUID id) {
        return find(id).map(SubscriptionView::of);
    }

    @GET
    @Operation(summary = "A facility's subscriptions, newest first (without secrets)",
            description = "Active and paused or disabled ones; removed ones are left out (they stay readable by id, "
                    + "with their ledger). Another facility's list is answered 404, as if it did not exist.")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithSession
    public Uni<List<SubscriptionView>> list(@QueryParam("facility") String facility) {
        if (facility == null || facility.isBlank()) {
            return Uni.createFrom().failure(ProblemException.invalidField("facility", "name the facility code"));
        }
        if (!caller.actsFor(facility)) {
            return Uni.createFrom().failure(ProblemException.notFound("no facility " + facility));
        }
        return Subscription.<Subscription>list(
                "facilityCode = ?1 and (disabledReason is null or disabledReason <> ?2) order by createdAt desc, id",
                facility, REMOVED).map(list -> list.stream().map(SubscriptionView::of).toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe: remove a subscription",
            description = "The subscription stops matching at once and is no longer listed; it is kept, inactive with "
                    + "disabledReason UNSUBSCRIBED, so its delivery ledger keeps its history. Owner or admin; another "
                    + "facility's is answered 404. Removing it again answers 204 and changes nothing.")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithTransaction
    public Uni<Void> remove(@PathParam("id") UUID id) {
        return find(id).chain(s -> {
            if (REMOVED.equals(s.disabledReason)) {
                return Uni.createFrom().voidItem();
            }
            s.active = false;
            s.disabledReason = REMOVED;
            return Panache.getSession().chain(session ->
                    audit.record(session, "subscription.delete", id.toString(), AuditTrail.SUCCESS));
        });
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery ledger of a subscription, newest first (at most 100)")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithSession
    public Uni<List<Ledger.Entry>> deliveries(@PathParam("id") UUID id) {
        return find(id).chain(s -> Panache.getSession().chain(session -> ledger.forSubscription(session, id)));
    }

    /** The caller's own subscription; another facility's is answered as not found, like one that does not exist. */
    private Uni<Subscription> find(UUID id) {
        return Subscription.<Subscription>findById(id)
                .map(s -> s != null && caller.actsFor(s.facilityCode) ? s : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no subscription " + id));
    }
}
