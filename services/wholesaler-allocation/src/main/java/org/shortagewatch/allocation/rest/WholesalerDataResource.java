package org.shortagewatch.allocation.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.shortagewatch.common.bulk.UploadedFile;
import org.shortagewatch.allocation.persistence.ViewQueries.QuotaLine;
import org.shortagewatch.allocation.service.AllocationViews;
import org.shortagewatch.allocation.service.UploadResult;
import org.shortagewatch.allocation.service.WholesalerDataIntake;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.YjCodes;

import io.smallrye.mutiny.Uni;

/**
 * Wholesalers post orders, shipments and stock on hand per customer facility and product, one by one (JSON) or in
 * bulk (a CSV or xlsx file), and their own supply of a product for a period; and read their current allocations
 * and the open findings about their customers. A wholesaler acts for itself only; admins for any.
 */
@Path("/api/v1/wholesalers/{wholesalerCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wholesaler data", description = "Orders (受注), shipments (出荷), stock on hand (在庫) and supply, per customer facility")
@RolesAllowed({Roles.WHOLESALER, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "Not your organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
public class WholesalerDataResource {

    @Inject
    WholesalerDataIntake intake;

    @Inject
    AllocationViews views;

    @Inject
    Caller caller;

    @POST
    @Path("/{kind: " + RecordsPath.KINDS + "}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post one order, shipment or stock figure", description = WholesalerDataDoc.ONE)
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = WholesalerDataDoc.REFUSED, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<UploadResult> postOne(@BeanParam @Valid RecordsPath path, @Valid @NotNull RecordRequest body) {
        return forOwner(path.wholesalerCode(),
                () -> intake.postRecord(path.wholesalerCode(), body.toRecord(path.kind(), path.wholesalerCode())));
    }

    @POST
    @Path("/{kind: " + RecordsPath.KINDS + "}")
    @Consumes({UploadedFile.CSV, UploadedFile.XLSX})
    @Operation(summary = "Post orders, shipments or stock in bulk, as CSV or xlsx", description = WholesalerDataDoc.FILE)
    @APIResponse(responseCode = "200", description = "All records stored")
    @APIResponse(responseCode = "400", description = WholesalerDataDoc.REFUSED_FILE, content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<UploadResult> postFile(@BeanParam @Valid RecordsPath path,
            @RestHeader("Content-Type") String contentType, byte[] body) {
        return forOwner(path.wholesalerCode(),
                () -> intake.postFile(path.kind(), path.wholesalerCode(), contentType, body));
    }

    @PUT
    @Path("/supply/{yj}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set your supply of a product for a period", description = WholesalerDataDoc.SUPPLY)
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<UploadResult> putSupply(
            @PathParam("wholesalerCode") @Pattern(regexp = PathCodes.WHOLESALER, message = PathCodes.WHOLESALER_HINT) String wholesalerCode,
            @PathParam("yj") @Pattern(regexp = YjCodes.PATTERN, message = YjCodes.FORMAT_MESSAGE) String yj,
            @Valid @NotNull SupplyRequest body) {
        return forOwner(wholesalerCode, () -> {
            body.checkPeriod();
            return intake.putSupply(wholesalerCode, yj, body.periodStart(), body.periodEnd(), body.supplyUnits(),
                    body.unit());
        });
    }

    @GET
    @Path("/allocations")
    @Operation(summary = "Your current allocation plans, line by line: each customer's quota, used and remaining",
            description = "Used is what you shipped the customer in the plan's period.")
    @APIResponse(responseCode = "200", description = "One line per (product, customer) of your current plans")
    public Uni<List<QuotaLine>> allocations(
            @PathParam("wholesalerCode") @Pattern(regexp = PathCodes.WHOLESALER, message = PathCodes.WHOLESALER_HINT) String wholesalerCode) {
        return forOwner(wholesalerCode, () -> views.allocationsOfWholesaler(wholesalerCode));
    }

    @GET
    @Path("/findings")
    @Operation(summary = "Open maldistribution findings about your customers (or the stock you hold)")
    @APIResponse(responseCode = "200", description = "The open findings naming you, newest change first, as published")
    public Uni<List<MaldistributionFinding>> findings(
            @PathParam("wholesalerCode") @Pattern(regexp = PathCodes.WHOLESALER, message = PathCodes.WHOLESALER_HINT) String wholesalerCode) {
        return forOwner(wholesalerCode, () -> views.openFindingsOfWholesaler(wholesalerCode));
    }

    /** Runs {@code work} if the caller acts for the wholesaler; refuses otherwise. */
    private <T> Uni<T> forOwner(String wholesalerCode, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            if (!caller.actsFor(wholesalerCode)) {
                throw ProblemException.forbidden(Text.of("自社の分しか扱えません（" + wholesalerCode + " は対象外）",
                        "you may post for your own organisation only, not " + wholesalerCode));
            }
            return work.get();
        });
    }
}
