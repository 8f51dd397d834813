package org.shortagewatch.allocation.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.allocation.service.CannotObtainReporting;
import org.shortagewatch.allocation.service.CannotObtainReporting.CannotObtainReceipt;
import org.shortagewatch.allocation.service.Recomputation;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;

import io.smallrye.mutiny.Uni;

/** Facilities report products they cannot obtain; clusters of reports from one region are a maldistribution signal. */
@Path("/api/v1/cannot-obtain-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cannot obtain", description = "入手困難の報告: facilities report products they cannot obtain")
public class CannotObtainResource {

    @Inject
    CannotObtainReporting reporting;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @Operation(summary = "Report that your facility cannot obtain a product",
            description = "One report per facility, product and day: posting it again changes nothing.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not your facility", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<CannotObtainReceipt> report(@Valid @NotNull CannotObtainRequest body) {
        return Uni.createFrom().deferred(() -> {
            FacilityCodes.problem(body.facilityCode()).ifPresent(problem -> {
                throw ProblemException.invalidField("facilityCode", Text.of(problem.ja(), problem.en()));
            });
            if (!caller.actsFor(body.facilityCode())) {
                throw ProblemException.forbidden(Text.of("報告できるのは自施設の分だけです（"
                        + body.facilityCode() + " は対象外）", "a facility reports for itself only, not " + body.facilityCode()));
            }
            LocalDate today = Recomputation.today();
            LocalDate day = body.date() == null ? today : body.date();
            if (day.isAfter(today)) {
                throw ProblemException.invalidField("date", Text.of("未来の日付にはできません", "must not be in the future"));
            }
            return reporting.report(body.facilityCode(), body.yjCode(), day, body.note());
        });
    }
}
