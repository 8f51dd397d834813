package org.shortagewatch.notification.rest;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
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

    @Inject
    Ledger ledger;

    @Inject
    Caller caller;

    @Inject
    WebhookTargets targets;

    @Inject
    AuditTrail audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a facility to a product's supply status",
            description = "Answers the webhook signing secret (Standard Webhooks, whsec_...) once; keep it.")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithTransaction
    public Uni<RestResponse<SubscriptionView>> subscribe(@Valid @NotNull SubscriptionRequest body) {
        if (!caller.actsFor(body.facilityCode())) {
            return Uni.createFrom().failure(ProblemException.forbidden("a facility subscribes for itself only"));
        }
        return targets.check(body.webhookUrl()).chain(() -> create(body));
    }

    private Uni<RestResponse<SubscriptionView>> create(SubscriptionRequest body) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.facilityCode = body.facilityCode();
        s.yjCode = body.yjCode();
        s.webhookUrl = body.webhookUrl();
        s.secret = WebhookSigner.newSecret();
        s.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return s.<Subscription>persist()
                .call(saved -> Panache.getSession().chain(session ->
                        audit.record(session, "subscription.create", saved.id.toString(), AuditTrail.SUCCESS)))
                .map(saved -> RestResponse.ResponseBuilder
                .<SubscriptionView>created(URI.create("/api/v1/subscriptions/" + saved.id))
                .entity(SubscriptionView.withSecret(saved))
                .build());
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
