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
 * wholesaler-allocation, called with the signed-in regulator's access token: an ingredient's map by prefecture and
 * the open findings of the whole country (the service decides who may read them, and names no single facility).
 */
@RegisterRestClient(configKey = "allocation")
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RegulatorAllocationClient extends IngredientMapClient {

    @GET
    @Path("/findings")
    Uni<DashboardApi.OpenFindings> openFindings(@QueryParam("limit") int limit);
}
