package org.shortagewatch.portal.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification's public reads: published and withdrawn notices (事務連絡). */
@RegisterRestClient(configKey = "notification")
@Path("/api/v1/notices")
public interface NotificationPublicClient {

    @GET
    @Path("/{id}")
    NotificationApi.Notice notice(@PathParam("id") UUID id);

    /**
     * Published and withdrawn notices, newest first; with {@code followsUp} (a notice's id), those that follow it up
     * (its 続報), oldest first.
     */
    @GET
    List<NotificationApi.Notice> notices(@QueryParam("limit") int limit, @QueryParam("followsUp") UUID followsUp);

    @GET
    @Path("/{id}/rendering")
    @Produces(MediaType.TEXT_HTML)
    String printable(@PathParam("id") UUID id, @QueryParam("format") String format);
}
