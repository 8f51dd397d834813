package org.shortagewatch.portal.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * manufacturer-report, called with the signed-in operator's access token: the national product catalogue with each
 * product's holder (製造販売業者), a product's master record registered or corrected, and the service's audit trail
 * and dead letters. Which products the caller may register is the service's decision.
 */
@RegisterRestClient(configKey = "report")
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportAdminClient extends ServiceAdminClient {

    /** The catalogue searched (one box) and filtered by holder (its code or part of its name), by YJ code. */
    @GET
    @Path("/products")
    ReportApi.ProductPage products(@QueryParam("q") String q, @QueryParam("manufacturer") String manufacturer,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** A product's master record; 404 when there is none by that code. */
    @GET
    @Path("/products/{yj}")
    AdminApi.ProductMaster product(@PathParam("yj") String yj);

    /** Registers or corrects a product's master record; a refusal's details in the page's language. */
    @PUT
    @Path("/products/{yj}")
    @Consumes(MediaType.APPLICATION_JSON)
    AdminApi.ProductMaster put(@PathParam("yj") String yj, AdminApi.ProductMaster body);
}
