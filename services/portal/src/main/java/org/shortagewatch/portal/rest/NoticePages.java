package org.shortagewatch.portal.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.NotificationApi;
import org.shortagewatch.portal.client.NotificationPublicClient;
import org.shortagewatch.portal.client.NotificationUserClient;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * The ministry's notices (事務連絡), for anyone: the list, one notice (linked to the notices it follows up and to its
 * follow-ups) and its printable page, as notification has them. A signed-in facility the notice was sent to
 * acknowledges it (受領確認) on its page, or sees that it did.
 */
@Path("/notices")
@Produces(MediaType.TEXT_HTML)
public class NoticePages extends PortalPage {

    /** The most follow-ups a notice's page lists. */
    static final int FOLLOW_UPS = 50;

    @Inject
    @RestClient
    NotificationPublicClient notices;

    /** With the signed-in user's token: a facility's own inbox, and its acknowledgement. */
    @Inject
    @RestClient
    NotificationUserClient facility;

    @Inject
    Template noticeList;

    @Inject
    Template notice;

    @GET
    public Response notices() {
        return pages.orRefusal(() -> pages.ok(noticeList.data("notices", notices.notices(100, null))));
    }

    /**
     * A notice with the notices it follows up and its published follow-ups (続報), each linked to the other: a reader
     * of a notice learns that a later one changed or added to it.
     */
    @GET
    @Path("{id}")
    public Response notice(@PathParam("id") UUID id) {
        return pages.orRefusal(() -> {
            NotificationApi.Notice n = notices.notice(id);
            List<NotificationApi.Notice> follows = n.followsUp() == null ? List.of()
                    : n.followsUp().stream().map(notices::notice).toList();
            return pages.ok(notice.data("n", n).data("follows", follows)
                    .data("followUps", notices.notices(FOLLOW_UPS, id)).data("mine", ctx.facility() ? sentToMe(id) : null));
        });
    }

    /** The signed-in facility's inbox entry of the notice, if it was sent the notice (among its latest 200). */
    private NotificationApi.InboxEntry sentToMe(UUID id) {
        return facility.inbox(ctx.orgOrEmpty(), false, 200).stream()
                .filter(e -> e.isNotice() && !e.isWithdrawal() && id.toString().equals(e.noticeId()))
                .findFirst().orElse(null);
    }

    /** Acknowledges the notice for the signed-in facility, then shows it again. */
    @POST
    @Path("{id}/acknowledgement")
    @Authenticated
    public Response acknowledge(@PathParam("id") UUID id) {
        return PageResponses.changed(() -> facility.acknowledgeNotice(id), "/notices/" + id, pages::refusal);
    }

    /** The notice's printable page (A4, the traditional layout), as notification renders it. */
    @GET
    @Path("{id}/print")
    public Response printable(@PathParam("id") UUID id) {
        return pages.orRefusal(() -> Response.ok(notices.printable(id, "print"))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
    }
}
