package org.shortagewatch.portal.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * notification's inbox, read without blocking from within the alert stream, with the token the stream was opened
 * with (passed explicitly: the stream's events arrive after the page's request has been answered).
 */
@RegisterRestClient(configKey = "notification")
@Path("/api/v1/inbox")
public interface NotificationInboxClient {

    @GET
    @Path("/{recipient}")
    Uni<List<NotificationApi.InboxEntry>> unread(@PathParam("recipient") String recipient,
            @QueryParam("unread") boolean unread, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);
}
