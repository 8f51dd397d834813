package org.shortagewatch.portal.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * notification's notice workflow, called with the signed-in regulator's access token: the service decides who may
 * draft, review (never one's own draft), publish and read the rates, and the pages show its answer, refusals included
 * (in the page's language, which {@code ServiceLanguage} sends).
 */
@RegisterRestClient(configKey = "notification")
@AccessToken
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationRegulatorClient {

    /** The notices of one status, last changed first. */
    @GET
    List<RegulatorApi.Notice> notices(@QueryParam("status") String status, @QueryParam("limit") int limit);

    /** The notices that follow up {@code id} (its 続報). */
    @GET
    List<RegulatorApi.Notice> followUps(@QueryParam("followsUp") UUID id, @QueryParam("limit") int limit);

    @GET
    @Path("/{id}")
    RegulatorApi.Notice notice(@PathParam("id") UUID id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    RegulatorApi.Notice draft(RegulatorApi.NoticeDraft body);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    RegulatorApi.Notice edit(@PathParam("id") UUID id, RegulatorApi.NoticeDraft body);

    /** The draft as it will print, rendered by the service's own template, not saved. */
    @POST
    @Path("/rendering")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_HTML)
    String preview(RegulatorApi.NoticeDraft body);

    /** A saved notice as it prints. */
    @GET
    @Path("/{id}/rendering")
    @Produces(MediaType.TEXT_HTML)
    String printable(@PathParam("id") UUID id, @QueryParam("format") String format);

    @POST
    @Path("/{id}/review-request")
    RegulatorApi.Notice submit(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/approval")
    RegulatorApi.Notice approve(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    RegulatorApi.Notice sendBack(@PathParam("id") UUID id, RegulatorApi.SendBack body);

    @POST
    @Path("/{id}/publication")
    RegulatorApi.Notice publish(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/follow-up")
    RegulatorApi.Notice followUp(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    RegulatorApi.Notice withdraw(@PathParam("id") UUID id, RegulatorApi.Withdrawal body);

    @GET
    @Path("/{id}/statistics")
    RegulatorApi.Statistics statistics(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/statistics/timeline")
    RegulatorApi.Timeline timeline(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/unacknowledged")
    RegulatorApi.AddresseePage unacknowledged(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
