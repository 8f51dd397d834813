package org.shortagewatch.portal.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.shortagewatch.portal.domain.UploadFormat;

import io.quarkus.oidc.token.propagation.common.AccessToken;

/**
 * manufacturer-report, called with the signed-in manufacturer's access token: the service decides which products the
 * organisation may report on and which jobs and keys it sees, and the pages show its answer, refusals included.
 */
@RegisterRestClient(configKey = "report")
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportMakerClient {

    /** The organisation's products (by its code), each with its status today; optionally searched and filtered. */
    @GET
    @Path("/products")
    ReportApi.ProductPage products(@QueryParam("manufacturer") String manufacturer, @QueryParam("q") String q,
            @QueryParam("shipmentResponse") String shipmentResponse, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /**
     * The product's status has not changed (変更なし): its last confirmation becomes now, with no revision and no
     * event; 204, 403 for another organisation's product, 404 for an unknown one.
     */
    @POST
    @Path("/products/{yj}/confirmation")
    void confirm(@PathParam("yj") String yj);

    /** A status change; a refusal's details come in the page's language. */
    @POST
    @Path("/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    ReportApi.StatusChange report(MakerApi.StatusReport body);

    /**
     * A national-list CSV of status changes, its bytes as they are (the service reads UTF-8 or Shift_JIS): 202 and
     * the job.
     */
    @POST
    @Path("/status-changes/bulk")
    @Consumes("text/csv")
    MakerApi.BulkJob uploadCsv(@QueryParam("mode") String mode, byte[] file);

    /** A national-list xlsx workbook of status changes (its first sheet): 202 and the job. */
    @POST
    @Path("/status-changes/bulk")
    @Consumes(UploadFormat.XLSX_TYPE)
    MakerApi.BulkJob uploadXlsx(@QueryParam("mode") String mode, byte[] file);

    @GET
    @Path("/bulk-jobs")
    MakerApi.BulkJobPage jobs(@QueryParam("page") int page, @QueryParam("size") int size);

    /** A job with its row errors, their details in the page's language. */
    @GET
    @Path("/bulk-jobs/{id}")
    MakerApi.BulkJob job(@PathParam("id") UUID id);

    /**
     * One manufacturer's line of the scorecard today (public), which the service computes from that maker's products
     * and those sharing an ingredient with them only; no line when it holds no product.
     */
    @GET
    @Path("/scorecard")
    MakerApi.Scorecard scorecard(@QueryParam("manufacturer") String manufacturer);

    @GET
    @Path("/api-keys")
    List<MakerApi.ApiKey> apiKeys();

    @POST
    @Path("/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    MakerApi.ApiKey createApiKey(MakerApi.NewApiKey body);

    @DELETE
    @Path("/api-keys/{id}")
    void revokeApiKey(@PathParam("id") UUID id);
}
