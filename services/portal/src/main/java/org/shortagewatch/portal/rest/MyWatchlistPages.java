package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.shortagewatch.portal.client.NotificationApi;
import org.shortagewatch.portal.client.ProductNames;
import org.shortagewatch.portal.domain.FormChoices;
import org.shortagewatch.portal.domain.FormInput;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * My watch list ({@code /me/watchlist}): the facility's subscriptions with notification, following something new,
 * a formulary upload, removing an entry, rotating a webhook's signing secret. Every change is notification's to make
 * or refuse; a refusal shows the list again with the service's words.
 */
@Path("/me/watchlist")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyWatchlistPages extends FacilityPage {

    @Inject
    ProductNames names;

    @Inject
    Template watchlist;

    @GET
    public Response watchlist(@QueryParam("kind") String kind, @QueryParam("target") String target,
            @QueryParam("removed") boolean removed) {
        return page(kind, target, null, null, removed, Response.Status.OK.getStatusCode());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@RestForm String kind, @RestForm String target, @RestForm List<String> channels,
            @RestForm String minSeverity, @RestForm String webhookUrl) {
        try {
            NotificationApi.Subscription created = notification.subscribe(new NotificationApi.SubscriptionRequest(
                    ctx.orgOrEmpty(), kind, FormInput.code(target), FormChoices.channels(channels), minSeverity,
                    FormInput.text(webhookUrl)));
            // the signing secret is shown on this answer only, never stored by the portal; without one, back to
            // the list (a reload then does not subscribe again)
            return created.webhookUrl() == null ? PageResponses.seeOther("/me/watchlist")
                    : page(null, null, created, null, false, 201);
        } catch (RuntimeException failure) {
            Refusal r = Refusal.of(failure);
            return page(kind, target, null, r, false, r.pageStatus());
        }
    }

    /** A formulary file (CSV, YJ code in the first column): one subscription per product, by notification. */
    @POST
    @Path("formulary")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response formulary(@RestForm("file") FileUpload file, @RestForm List<String> channels,
            @RestForm String minSeverity) {
        try {
            String csv = file == null ? "" : Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            Map<String, Integer> result = notification.formulary(ctx.orgOrEmpty(),
                    String.join(",", FormChoices.channels(channels)), minSeverity == null ? "INFO" : minSeverity, csv);
            return PageResponses.seeOther("/me/watchlist?formulary=" + result.getOrDefault("subscribed", 0));
        } catch (IOException | UncheckedIOException unreadable) {
            return page(null, null, null, new Refusal(400, "file: " + unreadable.getMessage()), false, 400);
        } catch (RuntimeException failure) {
            return refused(Refusal.of(failure));
        }
    }

    @POST
    @Path("{id}/removal")
    public Response unfollow(@PathParam("id") UUID id) {
        return PageResponses.changed(() -> notification.unsubscribe(id), "/me/watchlist?removed=true", this::refused);
    }

    /** A webhook's new signing secret, shown on this answer only. */
    @POST
    @Path("{id}/secret")
    public Response rotate(@PathParam("id") UUID id) {
        try {
            return page(null, null, notification.rotateSecret(id), null, false, 200);
        } catch (RuntimeException failure) {
            return refused(Refusal.of(failure));
        }
    }

    /** The list again with the service's refusal. */
    private Response refused(Refusal r) {
        return page(null, null, null, r, false, r.pageStatus());
    }

    /** The list, the form (with what was typed) and what just happened: a new secret, a refusal, a removal. */
    private Response page(String kind, String target, NotificationApi.Subscription withSecret, Refusal error,
            boolean removed, int status) {
        List<NotificationApi.Subscription> list;
        try {
            list = notification.subscriptions(ctx.orgOrEmpty());
        } catch (RuntimeException failure) {
            return pages.refusal(Refusal.of(failure));
        }
        return pages.page(status, watchlist.data("entries", list).data("names", names.ofSubscriptions(list))
                .data("kind", FormChoices.subscriptionKind(kind)).data("target", target == null ? "" : target)
                .data("kinds", FormChoices.SUBSCRIPTION_KINDS).data("channels", FormChoices.CHANNELS)
                .data("severities", FormChoices.SEVERITIES).data("created", withSecret).data("error", error)
                .data("removed", removed).data("formularyAdded", FormInput.linkCount(ctx.query("formulary"))));
    }
}
