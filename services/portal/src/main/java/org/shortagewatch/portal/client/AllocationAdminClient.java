package org.shortagewatch.portal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * wholesaler-allocation, called with the signed-in operator's access token: its audit trail and dead letters, and a
 * wholesaler registered or renamed in its registry (which the service allows the operator only; the registry's reads
 * are public, {@link AllocationPublicClient}).
 */
@RegisterRestClient(configKey = "allocation")
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface AllocationAdminClient extends ServiceAdminClient {

    /**
     * Registers a wholesaler under its name (201) or renames it (200); a refusal names the field (the path's
     * {@code code}, the body's {@code name}) in the page's language.
     */
    @PUT
    @Path("/wholesalers/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<AllocationPublicClient.Wholesaler> register(@PathParam("code") String code,
            AdminApi.WholesalerName body);
}
