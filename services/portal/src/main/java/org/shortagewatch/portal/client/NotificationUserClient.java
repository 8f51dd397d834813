package org.shortagewatch.portal.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * notification, called with the signed-in user's access token: the service decides what this user may see and do,
 * and the pages show its answer, refusals included.
 */
@RegisterRestClient(configKey = "notification")
@AccessToken
@Path("/api/v1")
public interface NotificationUserClient {

    @GET
    @Path("/facilities/{code}")
    NotificationApi.Facility facility(@PathParam("code") String code);

    @PUT
    @Path("/facilities/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    NotificationApi.Facility saveFacility(@PathParam("code") String code, NotificationApi.FacilityRequest body);

    @GET
    @Path("/subscriptions")
    List<NotificationApi.Subscription> subscriptions(@QueryParam("facility") String facility);

    @POST
    @Path("/subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    NotificationApi.Subscription subscribe(NotificationApi.SubscriptionRequest body);

    /** Subscribes the facility to every YJ code of a CSV file (first column); answers products and subscribed. */
    @POST
    @Path("/facilities/{code}/formulary")
    @Consumes("text/csv")
    java.util.Map<String, Integer> formulary(@PathParam("code") String code, @QueryParam("channels") String channels,
            @QueryParam("minSeverity") String minSeverity, String csv);

    @DELETE
    @Path("/subscriptions/{id}")
    void unsubscribe(@PathParam("id") UUID id);

    @POST
    @Path("/subscriptions/{id}/secret")
    NotificationApi.Subscription rotateSecret(@PathParam("id") UUID id);

    @GET
    @Path("/inbox/{recipient}")
    List<NotificationApi.InboxEntry> inbox(@PathParam("recipient") String recipient, @QueryParam("unread") boolean unread,
            @QueryParam("limit") int limit);

    @POST
    @Path("/inbox/{recipient}/{id}/read")
    void markRead(@PathParam("recipient") String recipient, @PathParam("id") UUID id);

    @POST
    @Path("/notices/{id}/acknowledgement")
    void acknowledgeNotice(@PathParam("id") UUID id);
}
