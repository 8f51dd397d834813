package org.shortagewatch.report.rest;

import org.shortagewatch.common.bulk.FileFormat;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.idempotency.IdempotentRequests;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.domain.BulkJobKind;
import org.shortagewatch.report.persistence.StatusHistoryStore;
import org.shortagewatch.report.service.BulkUploads;
import org.shortagewatch.report.service.StatusReporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/status-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Status changes", description = "Manufacturers report shipment-status changes (出荷状況の報告)")
public class StatusChangeResource {

    @Inject
    BulkUploads uploads;

    @Inject
    StatusReporting reporting;

    @Inject
    StatusHistoryStore changes;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a shipment-status change",
            description = "Stores the change as history and publishes it as a supply-status event.")
    @APIResponse(responseCode = "201", description = "Recorded; the event is on its way to Kafka")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The product is not held by your organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    public Uni<RestResponse<StatusChangeView>> report(@Valid @NotNull StatusChangeRequest body,
            @Parameter(description = "Makes a retry safe: a repeated request with the same key gets the same answer"
                    + " and records nothing more (remembered for 24 hours)")
            @RestHeader(IdempotentRequests.HEADER) String idempotencyKey) {
        return reporting.report(body.report(), idempotencyKey, requestHash(body))
                .map(outcome -> {
                    var response = RestResponse.ResponseBuilder
                            .<StatusChangeView>created(URI.create("/api/v1/status-changes/" + outcome.value().id))
                            .entity(StatusChangeView.of(outcome.value()));
                    if (outcome.replayed()) {
                        response.header(IdempotentRequests.REPLAYED_HEADER, "true");
                    }
                    return response.build();
                });
    }

    /** The request as received, which a retry with the same idempotency key must repeat. */
    private String requestHash(StatusChangeRequest body) {
        try {
            return IdempotentRequests.hash(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @PermitAll // public, like each product's history
    @Operation(summary = "An organisation's latest status changes",
            description = "The changes reported for the products the organisation holds, across all of them: the most"
                    + " recently reported first, whatever day each takes effect; at most limit of them, and the next"
                    + " page with before, the id of the last change of this one.")
    public Uni<List<StatusChangeView>> latest(
            @Parameter(description = "The holder's code (製造販売業者コード)", required = true)
            @QueryParam("manufacturer") @NotBlank @Size(max = 200) String manufacturer,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @Parameter(description = "The id of the last change of the previous page: the changes reported before it")
            @QueryParam("before") @Min(1) Long before) {
        return changes.latestOf(manufacturer.strip(), before, limit)
                .map(list -> list.stream().map(StatusChangeView::of).toList());
    }

    @GET
    @Path("/{id}")
    @PermitAll // public, like the product's history it belongs to
    @Operation(summary = "One recorded status change")
    public Uni<StatusChangeView> get(@PathParam("id") long id) {
        return changes.find(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        Text.of("状況変更 " + id + " はありません", "no status change " + id)))
                .map(StatusChangeView::of);
    }

    @POST
    @Path("/bulk")
    @Consumes({FileFormat.CSV_MEDIA_TYPE, FileFormat.XLSX_MEDIA_TYPE})
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @Operation(summary = "Report many status changes at once from a national-list file",
            description = "One row per product: ⑤YJコード, ⑫ the shipment response, ⑬ the day it takes effect (⑳ when ⑬ is empty), ⑭ to ⑲ as the list has them, and optionally 原因品目YJコード. Every row is checked like a single report; every accepted row becomes one status change and one supply-status event." + BulkUploadRequest.DESCRIPTION)
    @APIResponse(responseCode = "202", description = BulkUploadRequest.ACCEPTED)
    public Uni<RestResponse<BulkJobView>> reportBulk(byte[] file, @BeanParam BulkUploadRequest request) {
        return request.submit(uploads, BulkJobKind.STATUS_CHANGES, file);
    }
}
