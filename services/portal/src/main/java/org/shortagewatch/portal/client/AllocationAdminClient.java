package org.shortagewatch.portal.client;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/** wholesaler-allocation's audit trail and dead letters, called with the signed-in operator's access token. */
@RegisterRestClient(configKey = "allocation")
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface AllocationAdminClient extends ServiceAdminClient {
}
