package org.shortagewatch.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Multi;

/**
 * notification's server-sent events for one recipient, with the user's token. A browser's EventSource cannot send a
 * bearer token, so the portal holds this stream for it and passes each event on.
 */
@RegisterRestClient(configKey = "notification-stream")
@AccessToken
@Path("/api/v1/streams")
public interface NotificationStreamClient {

    @GET
    @Path("/{recipient}")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> stream(@PathParam("recipient") String recipient, @HeaderParam("Last-Event-ID") String after);
}
