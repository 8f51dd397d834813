package org.shortagewatch.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** manufacturer-report's public reads (no token: supply status is public). */
@RegisterRestClient(configKey = "report")
@Path("/api/v1")
public interface ReportClient {

    @GET
    @Path("/products")
    ReportApi.ProductPage search(@QueryParam("q") String q, @QueryParam("page") int page, @QueryParam("size") int size);

    /** These products by YJ code (at most 100), each with its status: one call for the names a page shows. */
    @GET
    @Path("/products")
    ReportApi.ProductPage byCodes(@QueryParam("yj") java.util.List<String> yj, @QueryParam("size") int size);

    /** The names of these ingredients by key (at most 100): one call for the names a page shows. */
    @GET
    @Path("/ingredients")
    java.util.List<ReportApi.Ingredient> ingredients(@QueryParam("key") java.util.List<String> keys);

    /** The same search without blocking, for the alert stream. */
    @GET
    @Path("/products")
    io.smallrye.mutiny.Uni<ReportApi.ProductPage> searchLater(@QueryParam("q") String q, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /**
     * An organisation's latest status changes across its products, the latest report first (at most 200); with
     * {@code before}, those reported before that change.
     */
    @GET
    @Path("/status-changes")
    java.util.List<ReportApi.StatusChange> latestChanges(@QueryParam("manufacturer") String manufacturer,
            @QueryParam("limit") int limit, @QueryParam("before") Long before);

    @GET
    @Path("/products/{yj}/status")
    ReportApi.ProductStatus status(@PathParam("yj") String yj, @QueryParam("asOf") String asOf);

    @GET
    @Path("/products/{yj}/alternatives")
    ReportApi.Alternatives alternatives(@PathParam("yj") String yj, @QueryParam("asOf") String asOf);

    @GET
    @Path("/aggregates")
    ReportApi.Aggregates aggregates(@QueryParam("asOf") String asOf);
}
