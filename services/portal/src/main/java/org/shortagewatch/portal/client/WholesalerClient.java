package org.shortagewatch.portal.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.shortagewatch.portal.domain.UploadFormat;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * wholesaler-allocation, called with the signed-in wholesaler's access token: the service decides for which
 * wholesaler the user may post and read, and the pages show its answer, refusals included. A refusal's details come
 * in the page's language, which {@code ServiceLanguage} sends.
 */
@RegisterRestClient(configKey = "allocation")
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface WholesalerClient extends IngredientMapClient {

    /** Orders, shipments or stock ({@code kind}) as a CSV file, its bytes as they are (UTF-8 or Shift_JIS). */
    @POST
    @Path("/wholesalers/{w}/{kind}")
    @Consumes("text/csv")
    WholesalerApi.UploadResult uploadCsv(@PathParam("w") String wholesaler,
            @PathParam("kind") String kind, byte[] file);

    /** Orders, shipments or stock as an xlsx workbook (its first sheet). */
    @POST
    @Path("/wholesalers/{w}/{kind}")
    @Consumes(UploadFormat.XLSX_TYPE)
    WholesalerApi.UploadResult uploadXlsx(@PathParam("w") String wholesaler,
            @PathParam("kind") String kind, byte[] file);

    /** The wholesaler's supply of a product for a period. */
    @PUT
    @Path("/wholesalers/{w}/supply/{yj}")
    @Consumes(MediaType.APPLICATION_JSON)
    WholesalerApi.UploadResult supply(@PathParam("w") String wholesaler,
            @PathParam("yj") String yj, WholesalerApi.Supply body);

    @GET
    @Path("/wholesalers/{w}/allocations")
    List<WholesalerApi.QuotaLine> allocations(@PathParam("w") String wholesaler);

    @GET
    @Path("/wholesalers/{w}/findings")
    List<WholesalerApi.Finding> findings(@PathParam("w") String wholesaler);
}
