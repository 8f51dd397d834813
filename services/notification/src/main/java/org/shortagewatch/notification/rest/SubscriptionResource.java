package org.shortagewatch.notification.rest;

import java.net.URI;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.notification.persistence.DeliveryHistory;
import org.shortagewatch.notification.persistence.Subscription;
import org.shortagewatch.notification.service.Subscriptions;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions", description = "Pharmacies and hospitals subscribe to the products they stock")
@RolesAllowed({Roles.FACILITY, Roles.ADMIN})
public class SubscriptionResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a facility to a product, ingredient, therapeutic class, manufacturer or "
            + "supply-security class", description = "Answers the webhook signing secret (Standard Webhooks, whsec_...) once; keep it.")
    public Uni<RestResponse<SubscriptionView>> subscribe(@Valid @NotNull SubscriptionRequest body) {
        Optional<Text> badCode = FacilityCodes.problem(body.facilityCode()).map(p -> Text.of(p.ja(), p.en()));
        if (badCode.isPresent()) {
            return Uni.createFrom().failure(ProblemException.invalidField("facilityCode", badCode.get()));
        }
        if (!caller.actsFor(body.facilityCode())) {
            return Uni.createFrom().failure(ProblemException.forbidden(Text.of(
                    "購読は施設が自身の分だけ登録できます", "a facility subscribes for itself only")));
        }
        Subscription s;
        try {
            s = SubscriptionRules.from(body);
        } catch (ProblemException refused) {
            return Uni.createFrom().failure(refused);
        }
        return subscriptions.create(s).map(saved -> RestResponse.ResponseBuilder
                .<SubscriptionView>created(URI.create("/api/v1/subscriptions/" + saved.id))
                .entity(SubscriptionView.withSecret(saved))
                .build());
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate the webhook signing secret",
            description = "Answers the new secret once. Until shortagewatch.webhook.previous-secret-validity has passed, "
                    + "webhooks carry a signature with the new secret and one with the previous, so receivers can switch over.")
    public Uni<SubscriptionView> rotateSecret(@PathParam("id") UUID id) {
        return subscriptions.rotateSecret(id).map(SubscriptionView::withSecret);
    }

    @POST
    @Path("/{id}/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "購読の設定を変える（需要移行の早期警告の受信）",
            description = "需要移行の早期警告（DEMAND_SHIFT）の受信を切り替える。所有する施設または管理者のみ（他施設の購読は "
                    + "404）。監査記録あり。すでにその値なら何も変えない。Answers the subscription, without its secret.")
    public Uni<SubscriptionView> preferences(@PathParam("id") UUID id, @Valid @NotNull SubscriptionPreferences body) {
        return subscriptions.setDemandShiftAlerts(id, body.demandShiftAlerts()).map(SubscriptionView::of);
    }

    @POST
    @Path("/{id}/pause")
    @Operation(summary = "購読を一時停止する", description = "再開するまで何も届きません。設定と配信履歴は残ります。"
            + "所有する施設または管理者のみ（他施設の購読は 404）。監査記録あり。削除済み・無効の購読は 409。")
    public Uni<SubscriptionView> pause(@PathParam("id") UUID id) {
        return subscriptions.pause(id).map(SubscriptionView::of);
    }

    @POST
    @Path("/{id}/resumption")
    @Operation(summary = "一時停止した購読を再開する", description = "再開した時点からの変更が届きます（停止中の変更は"
            + "届きません）。所有する施設または管理者のみ（他施設の購読は 404）。監査記録あり。")
    public Uni<SubscriptionView> resume(@PathParam("id") UUID id) {
        return subscriptions.resume(id).map(SubscriptionView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A subscription (without its secret)")
    public Uni<SubscriptionView> get(@PathParam("id") UUID id) {
        return subscriptions.find(id).map(SubscriptionView::of);
    }

    @GET
    @Operation(summary = "A facility's subscriptions, newest first (without secrets)",
            description = "Active and paused or disabled ones; removed ones are left out (they stay readable by id, "
                    + "with their ledger). Another facility's list is answered 404, as if it did not exist.")
    public Uni<List<SubscriptionView>> list(@QueryParam("facility") String facility) {
        if (facility == null || facility.isBlank()) {
            return Uni.createFrom().failure(ProblemException.invalidField("facility", Text.of("施設コードを指定してください", "name the facility code")));
        }
        return subscriptions.of(facility).map(list -> list.stream().map(SubscriptionView::of).toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe: remove a subscription",
            description = "The subscription stops matching at once and is no longer listed; it is kept, inactive with "
                    + "disabledReason UNSUBSCRIBED, so its delivery ledger keeps its history. Owner or admin; another "
                    + "facility's is answered 404. Removing it again answers 204 and changes nothing.")
    public Uni<Void> remove(@PathParam("id") UUID id) {
        return subscriptions.remove(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery ledger of a subscription, newest first (at most 100)")
    public Uni<List<DeliveryHistory.Entry>> deliveries(@PathParam("id") UUID id) {
        return subscriptions.deliveries(id);
    }
}
