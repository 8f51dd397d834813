package org.shortagewatch.portal.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.qute.TemplateData;

/** wholesaler-allocation's public reads (no token: a licensed wholesaler's name is public). */
@RegisterRestClient(configKey = "allocation")
@Path("/api/v1")
public interface AllocationPublicClient {

    /** A wholesaler by its code and the name the operator registered. */
    @TemplateData
    record Wholesaler(String code, String name) {
    }

    /** Every registered wholesaler, by code: one call for the names a page shows. */
    @GET
    @Path("/wholesalers")
    List<Wholesaler> wholesalers();

    /** The wholesaler registered under {@code code}; 404 when none is. */
    @GET
    @Path("/wholesalers/{code}")
    Wholesaler wholesaler(@PathParam("code") String code);
}
