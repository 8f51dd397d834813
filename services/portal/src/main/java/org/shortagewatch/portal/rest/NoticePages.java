package org.shortagewatch.portal.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.shortagewatch.portal.client.NotificationPublicClient;

import io.quarkus.qute.Template;

/** The ministry's notices (事務連絡), for anyone: the list, one notice and its printable page, as notification has them. */
@Path("/notices")
@Produces(MediaType.TEXT_HTML)
public class NoticePages extends PortalPage {

    @Inject
    @RestClient
    NotificationPublicClient notices;

    @Inject
    Template noticeList;

    @Inject
    Template notice;

    @GET
    public Response notices() {
        return pages.orRefusal(() -> pages.ok(noticeList.data("notices", notices.notices(100))));
    }

    @GET
    @Path("{id}")
    public Response notice(@PathParam("id") UUID id) {
        return pages.orRefusal(() -> pages.ok(notice.data("n", notices.notice(id))));
    }

    /** The notice's printable page (A4, the traditional layout), as notification renders it. */
    @GET
    @Path("{id}/print")
    public Response printable(@PathParam("id") UUID id) {
        return pages.orRefusal(() -> Response.ok(notices.printable(id, "print"))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build());
    }
}
