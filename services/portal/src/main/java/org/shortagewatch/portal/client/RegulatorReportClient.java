package org.shortagewatch.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;

/**
 * manufacturer-report, called with the signed-in regulator's access token: the national figures (public) and the
 * unannounced changes (the regulator's only; the service decides). Each call answers later, so a page asks them all
 * at once.
 */
@RegisterRestClient(configKey = "report")
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RegulatorReportClient {

    @GET
    @Path("/aggregates/weekly")
    Uni<DashboardApi.Weekly> weekly(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/aggregates/reasons")
    Uni<DashboardApi.Reasons> reasons(@QueryParam("asOf") String asOf);

    @GET
    @Path("/aggregates")
    Uni<ReportApi.Aggregates> aggregates(@QueryParam("asOf") String asOf);

    /** Products by status today: the latest first ({@code sort=latest}), or only the stale ones. */
    @GET
    @Path("/products")
    Uni<DashboardApi.ProductLinePage> products(@QueryParam("shipmentResponse") String shipmentResponse,
            @QueryParam("stale") Boolean stale, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** Products matching what was typed, for choosing an ingredient. */
    @GET
    @Path("/products")
    Uni<DashboardApi.ProductLinePage> search(@QueryParam("q") String q, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/regulator/unannounced-changes")
    Uni<DashboardApi.Unannounced> unannounced(@QueryParam("from") String from, @QueryParam("to") String to);
}
