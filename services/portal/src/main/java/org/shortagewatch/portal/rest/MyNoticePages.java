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

import org.shortagewatch.portal.client.NotificationApi;

import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;

/**
 * Notices to my facility ({@code /me/notices}): the notices (事務連絡) in the facility's inbox with notification,
 * marking one read and acknowledging one (受領確認). A notice since withdrawn (撤回) is marked so on each of its
 * entries, and is no longer offered for acknowledgement.
 */
@Path("/me/notices")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MyNoticePages extends FacilityPage {

    @Inject
    Template myNotices;

    @GET
    public Response notices() {
        return pages.orRefusal(() -> {
            List<NotificationApi.InboxEntry> entries = notification.inbox(ctx.orgOrEmpty(), false, 200).stream()
                    .filter(NotificationApi.InboxEntry::isNotice).toList();
            return pages.ok(myNotices.data("entries", entries)
                    .data("withdrawn", NotificationApi.InboxEntry.withdrawnNotices(entries)));
        });
    }

    @POST
    @Path("{notice}/acknowledgement")
    public Response acknowledge(@PathParam("notice") UUID notice) {
        return PageResponses.changed(() -> notification.acknowledgeNotice(notice), "/me/notices", pages::refusal);
    }

    @POST
    @Path("{entry}/read")
    public Response readNotice(@PathParam("entry") UUID entry) {
        return PageResponses.changed(() -> notification.markRead(ctx.orgOrEmpty(), entry), "/me/notices",
                pages::refusal);
    }
}
