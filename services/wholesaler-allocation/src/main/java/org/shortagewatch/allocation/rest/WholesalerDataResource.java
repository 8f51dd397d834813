package org.shortagewatch.allocation.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.allocation.domain.RecordKind;
import org.shortagewatch.allocation.domain.WholesalerRecord;
import org.shortagewatch.allocation.persistence.ViewQueries;
import org.shortagewatch.allocation.persistence.ViewQueries.QuotaLine;
import org.shortagewatch.allocation.persistence.WholesalerDataRepository;
import org.shortagewatch.allocation.service.Recomputation;
import org.shortagewatch.allocation.service.WholesalerDataIntake;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.MaldistributionFinding;
import org.shortagewatch.events.YjCodes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Wholesalers post orders, shipments and stock on hand per customer facility and product, one by one (JSON) or in
 * bulk (CSV), and their own supply of a product for a period; and read their current allocations and the open
 * findings about their customers. A wholesaler acts for itself only; admins for any.
 */
@Path("/api/v1/wholesalers/{wholesalerCode}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wholesaler data", description = "Orders (受注), shipments (出荷), stock on hand (在庫) and supply, per customer facility")
public class WholesalerDataResource {

    static final String WHOLESALER_CODE = "^[A-Za-z0-9_-]{1,64}$";
    static final String WHOLESALER_HINT = "must be 1-64 letters, digits, '_' or '-'";
    private static final String KINDS = "orders|shipments|stock";

    @Inject
    WholesalerDataIntake intake;

    @Inject
    WholesalerDataRepository data;

    @Inject
    Recomputation recomputation;

    @Inject
    Caller caller;

    @Inject
    ViewQueries viewQueries;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "shortagewatch.upload.max-rows", defaultValue = "200000")
    int maxRows;

    @POST
    @Path("/{kind: " + KINDS + "}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Post one order, shipment or stock figure",
            description = "kind is orders, shipments or stock. A record with a reference already posted replaces it.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "Invalid record, naming the field; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not your organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @WithTransaction
    public Uni<UploadResult> postOne(
            @PathParam("wholesalerCode") @Pattern(regexp = WHOLESALER_CODE, message = WHOLESALER_HINT) String wholesalerCode,
            @PathParam("kind") @Parameter(description = "orders, shipments or stock") String kind,
            @Valid @NotNull RecordRequest body) {
        return Uni.createFrom().deferred(() -> {
        RecordKind recordKind = kindOf(kind);
        ownedBy(wholesalerCode);
        WholesalerRecord record = body.toRecord(recordKind, wholesalerCode);
        List<WholesalerRecord.Violation> violations = record.violations();
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Invalid request",
                    violations.get(0).field() + ": " + violations.get(0).message(),
                    violations.stream().map(v -> Problem.FieldError.of(v.field(), v.message())).toList());
        }
        return store(recordKind, wholesalerCode, List.of(record),
                m -> Problem.FieldError.of("unit", WholesalerDataIntake.describe(m)));
        });
    }

    @POST
    @Path("/{kind: " + KINDS + "}")
    @Consumes(CsvUpload.MEDIA_TYPE)
    @RolesAllowed({Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Post orders, shipments or stock in bulk, as CSV",
            description = "UTF-8 CSV with a header row naming the columns (any order): reference (optional), "
                    + "facilityCode, prefectureCode (optional), yjCode, date, units, unit. All or nothing: a file with "
                    + "any error is refused whole, every error naming its row and column (#cell=row,column, the "
                    + "header being row 1).")
    @APIResponse(responseCode = "200", description = "All records stored")
    @APIResponse(responseCode = "400", description = "Errors by row and column; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not your organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @WithTransaction
    public Uni<UploadResult> postCsv(
            @PathParam("wholesalerCode") @Pattern(regexp = WHOLESALER_CODE, message = WHOLESALER_HINT) String wholesalerCode,
            @PathParam("kind") @Parameter(description = "orders, shipments or stock") String kind,
            String body) {
        return Uni.createFrom().deferred(() -> {
        RecordKind recordKind = kindOf(kind);
        ownedBy(wholesalerCode);
        CsvUpload.Result csv = CsvUpload.read(body, recordKind, wholesalerCode, maxRows);
        if (!csv.errors().isEmpty()) {
            throw new ProblemException(400, "Invalid request", csv.errors().size() + " error(s) in the upload; first: "
                    + csv.errors().get(0).detail(), csv.errors());
        }
        return store(recordKind, wholesalerCode, csv.records(),
                m -> CsvUpload.cellError(m.index() + 2, null, "unit", WholesalerDataIntake.describe(m)));
        });
    }

    @PUT
    @Path("/supply/{yj}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Set your supply of a product for a period",
            description = "The units you will allocate among your customers in the period (your quota from the "
                    + "manufacturer, or what you have). Allocation plans for the product are recomputed.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not your organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @WithTransaction
    public Uni<UploadResult> putSupply(
            @PathParam("wholesalerCode") @Pattern(regexp = WHOLESALER_CODE, message = WHOLESALER_HINT) String wholesalerCode,
            @PathParam("yj") @Pattern(regexp = YjCodes.PATTERN, message = YjCodes.FORMAT_HINT) String yj,
            @Valid @NotNull SupplyRequest body) {
        return Uni.createFrom().deferred(() -> {
        ownedBy(wholesalerCode);
        if (body.periodEnd().isBefore(body.periodStart())) {
            throw ProblemException.invalidField("periodEnd", "must not be before periodStart");
        }
        if (body.periodEnd().isAfter(body.periodStart().plusDays(366))) {
            throw ProblemException.invalidField("periodEnd", "a period is at most a year long");
        }
        WholesalerRecord unitCheck = new WholesalerRecord(RecordKind.STOCK, wholesalerCode, null, null, null, yj,
                body.periodStart(), 0L, body.unit());
        return Panache.getSession().chain(session -> data.checkUnits(session, List.of(unitCheck))
                .invoke(mismatches -> {
                    if (!mismatches.isEmpty()) {
                        throw ProblemException.invalidField("unit", WholesalerDataIntake.describe(mismatches.get(0)));
                    }
                })
                .chain(() -> data.putSupply(session, wholesalerCode, yj, body.periodStart(), body.periodEnd(),
                        body.supplyUnits()))
                .chain(() -> recomputation.afterPosting(session, List.of(YjCodes.ingredientKey(yj)), "SUPPLY_POSTED"))
                .call(() -> audit.record(session, "supply.put", wholesalerCode + "/" + yj, AuditTrail.SUCCESS))
                .map(recomputed -> new UploadResult(null, wholesalerCode, 1, List.of(YjCodes.ingredientKey(yj)), recomputed)));
        });
    }

    @GET
    @Path("/allocations")
    @RolesAllowed({Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Your current allocation plans, line by line: each customer's quota, used and remaining",
            description = "Used is what you shipped the customer in the plan's period.")
    @APIResponse(responseCode = "200", description = "One line per (product, customer) of your current plans")
    @APIResponse(responseCode = "403", description = "Not your organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @WithSession
    public Uni<List<QuotaLine>> allocations(@PathParam("wholesalerCode") @Pattern(
            regexp = WHOLESALER_CODE, message = WHOLESALER_HINT)
            String wholesalerCode) {
        return Uni.createFrom().deferred(() -> {
            ownedBy(wholesalerCode);
            return Panache.getSession().chain(s -> viewQueries.allocationsOfWholesaler(s, wholesalerCode));
        });
    }

    @GET
    @Path("/findings")
    @RolesAllowed({Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Open maldistribution findings about your customers (or the stock you hold)")
    @APIResponse(responseCode = "200", description = "The open findings naming you, newest change first, as published")
    @APIResponse(responseCode = "403", description = "Not your organisation", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @WithSession
    public Uni<List<MaldistributionFinding>> findings(@PathParam("wholesalerCode") @Pattern(
            regexp = WHOLESALER_CODE, message = WHOLESALER_HINT)
            String wholesalerCode) {
        return Uni.createFrom().deferred(() -> {
            ownedBy(wholesalerCode);
            return Panache.getSession().chain(s -> viewQueries.openFindingsOfWholesaler(s, wholesalerCode));
        });
    }

    private Uni<UploadResult> store(RecordKind kind, String wholesalerCode, List<WholesalerRecord> records,
            java.util.function.Function<WholesalerDataRepository.UnitMismatch, Problem.FieldError> errorOf) {
        return Panache.getSession().chain(session -> intake.store(session, records, errorOf)
                .chain(ingredients -> recomputation.afterPosting(session, ingredients, kind.name() + "_POSTED")
                        .map(recomputed -> new UploadResult(kind, wholesalerCode, records.size(), ingredients,
                                recomputed)))
                .call(() -> audit.record(session, "wholesaler-data." + kind.path(),
                        wholesalerCode + " (" + records.size() + " records)", AuditTrail.SUCCESS)));
    }

    private void ownedBy(String wholesalerCode) {
        if (!caller.actsFor(wholesalerCode)) {
            throw ProblemException.forbidden("you may post for your own organisation only, not " + wholesalerCode);
        }
    }

    private static RecordKind kindOf(String path) {
        for (RecordKind kind : RecordKind.values()) {
            if (kind.path().equals(path)) {
                return kind;
            }
        }
        throw ProblemException.notFound("no such kind of record: " + path);
    }
}
