package org.shortagewatch.portal.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.NotificationApi;
import org.shortagewatch.portal.client.NotificationInboxClient;
import org.shortagewatch.portal.client.NotificationStreamClient;
import org.shortagewatch.portal.client.ProductNames;
import org.shortagewatch.portal.domain.AlertOrder;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * My alerts ({@code /me/alerts}): the facility's inbox with notification, marking an alert read, and the alerts as
 * they arrive while the page is open (notification's stream, passed on to the browser).
 */
@Path("/me/alerts")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyAlertPages extends FacilityPage {

    /** The application's mapper: it reads times and ignores fields the portal does not know, as the clients do. */
    @Inject
    ObjectMapper json;

    @Inject
    @RestClient
    NotificationStreamClient streams;

    @Inject
    @RestClient
    NotificationInboxClient inboxes;

    @Inject
    ProductNames names;

    /** The signed-in user's access token (for a web-app tenant, the injected token is the access token). */
    @Inject
    JsonWebToken accessToken;

    @Inject
    Template alerts;

    @Inject
    Template alertItem;

    /** The latest alerts, unread first; the page's stream resumes after the newest of them. */
    @GET
    public Response alerts() {
        return pages.orRefusal(() -> {
            List<NotificationApi.InboxEntry> entries = new ArrayList<>(
                    notification.inbox(ctx.orgOrEmpty(), false, 100));
            long newest = entries.stream().mapToLong(NotificationApi.InboxEntry::position).max().orElse(0);
            entries.sort(AlertOrder.unreadFirstNewestFirst(e -> e.readAt() != null,
                    NotificationApi.InboxEntry::position));
            return pages.ok(alerts.data("entries", entries).data("after", newest)
                    .data("names", names.ofAlerts(entries))
                    .data("withdrawn", NotificationApi.InboxEntry.withdrawnNotices(entries)));
        });
    }

    @POST
    @Path("{id}/read")
    public Response markRead(@PathParam("id") UUID id) {
        return PageResponses.changed(() -> notification.markRead(ctx.orgOrEmpty(), id), "/me/alerts",
                pages::refusal);
    }

    /**
     * The user's alerts as they arrive, for the open alerts page: notification's stream (its SSE channel), held with
     * the user's token, each event passed on as the list item to insert. The item shown is the alert's inbox entry
     * (so "mark read" marks what the inbox lists), or the streamed entry when the alert has no inbox entry. The
     * browser's Last-Event-ID (or {@code after}, the newest position the page shows) resumes it.
     */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("after") String after, @Context Sse sse) {
        String from = lastEventId != null && !lastEventId.isBlank() ? lastEventId : after;
        Locale locale = ctx.locale();
        PageContext page = ctx.self();
        String recipient = ctx.orgOrEmpty();
        String bearer = "Bearer " + accessToken.getRawToken();
        return streams.stream(recipient, from).onItem().transformToUniAndConcatenate(event -> {
            NotificationApi.InboxEntry streamed = parse(event.data());
            Uni<NotificationApi.InboxEntry> shown = streamed == null ? Uni.createFrom().nullItem()
                    : inboxes.unread(recipient, true, 50, bearer)
                            .map(list -> list.stream().filter(e -> Objects.equals(e.causeId(), streamed.causeId()))
                                    .findFirst().orElse(streamed))
                            .onFailure().recoverWithItem(streamed);
            return shown.chain(entry -> names.ofAlertLater(entry).map(known -> {
                String html = entry == null ? ""
                        : alertItem.data("e", entry).data("ctx", page).data("names", known)
                                .data("withdrawn", NotificationApi.InboxEntry.withdrawnNotices(List.of(entry)))
                                .setLocale(locale).render()
                                .replace("\n", " ");
                return sse.newEventBuilder().id(event.id()).name("alert").data(html).build();
            }));
        });
    }

    private NotificationApi.InboxEntry parse(String event) {
        try {
            return json.readValue(event, NotificationApi.InboxEntry.class);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
