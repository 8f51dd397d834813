package org.shortagewatch.report.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.report.domain.StatusChangeRules;
import org.shortagewatch.report.persistence.StatusChange;
import org.shortagewatch.report.persistence.ProductRepository;
import org.shortagewatch.report.persistence.StatusChangeRepository;
import org.shortagewatch.report.service.StatusReporting;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/status-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Status changes", description = "Manufacturers report shipment-status changes (出荷状況の報告)")
public class StatusChangeResource {

    /** Reports are made, and expected dates judged, on the Japanese calendar. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    StatusReporting reporting;

    @Inject
    StatusChangeRepository changes;

    @Inject
    ProductRepository products;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a shipment-status change",
            description = "Stores the change as history and publishes it as a supply-status event.")
    @APIResponse(responseCode = "201", description = "Recorded; the event is on its way to Kafka")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field; nothing was stored",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The product is not held by your organisation",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = Problem.MEDIA_TYPE))
    @RolesAllowed({Roles.MANUFACTURER, Roles.ADMIN})
    @WithTransaction
    public Uni<RestResponse<StatusChangeView>> report(@Valid @NotNull StatusChangeRequest body) {
        List<StatusChangeRules.Violation> broken = StatusChangeRules.check(new StatusChangeRules.ReportedChange(
                body.yjCode(), body.shipmentResponse(), body.reason(), body.causeYjCode(), body.resolutionOutlook(),
                body.expectedResolutionDate(), body.volumeImprovementDate()), LocalDate.now(JAPAN));
        if (!broken.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(400, "Invalid request",
                    broken.get(0).field() + ": " + broken.get(0).message(),
                    broken.stream().map(v -> Problem.FieldError.of(v.field(), v.message())).toList()));
        }
        StatusChange change = new StatusChange();
        change.yjCode = body.yjCode();
        change.shipmentResponse = body.shipmentResponse();
        change.reason = body.reason();
        change.effectiveDate = body.effectiveDate();
        if (body.effectiveDateCertainty() != null) {
            change.effectiveDateCertainty = body.effectiveDateCertainty();
        }
        change.causeYjCode = body.causeYjCode();
        change.resolutionOutlook = body.resolutionOutlook();
        change.expectedResolutionDate = body.expectedResolutionDate();
        change.shipmentVolume = body.shipmentVolume();
        change.volumeImprovementDate = body.volumeImprovementDate();
        change.volumeImprovementAmount = body.volumeImprovementAmount();
        change.reportedBy = caller.org().orElseThrow();
        return products.findById(body.yjCode())
                .invoke(product -> {
                    // Unknown and foreign products are refused alike, so the answer reveals nothing.
                    if (product == null || !caller.actsFor(product.manufacturerCode)) {
                        throw ProblemException.forbidden(body.yjCode() + " is not a product of your organisation");
                    }
                })
                .call(() -> body.causeYjCode() == null ? Uni.createFrom().voidItem()
                        : products.findById(body.causeYjCode()).invoke(cause -> {
                            if (cause == null) {
                                throw ProblemException.invalidField("causeYjCode",
                                        "no product " + body.causeYjCode() + " is registered");
                            }
                        }).replaceWithVoid())
                .chain(() -> reporting.record(change))
                .call(recorded -> Panache.getSession().chain(session ->
                        audit.record(session, "status-change.report", recorded.yjCode + "#" + recorded.revision,
                                AuditTrail.SUCCESS)))
                .map(recorded -> RestResponse.ResponseBuilder
                .<StatusChangeView>created(URI.create("/api/v1/status-changes/" + recorded.id))
                .entity(StatusChangeView.of(recorded))
                .build());
    }

    @GET
    @Path("/{id}")
    @PermitAll // public, like the product's history it belongs to
    @Operation(summary = "One recorded status change")
    @WithSession
    public Uni<StatusChangeView> get(@PathParam("id") long id) {
        return changes.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no status change " + id))
                .map(StatusChangeView::of);
    }
}
