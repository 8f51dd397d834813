package org.shortagewatch.notification.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.upload.FacilityEntry;
import org.shortagewatch.notification.persistence.Facilities;
import org.shortagewatch.notification.service.FacilityRegistration;
import org.shortagewatch.notification.service.FacilityUploadReader;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "Pharmacies, hospitals and clinics: contacts, quiet hours, digest, formulary")
public class FacilityResource {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FILES = " The file: CSV in UTF-8 (with or without a byte-order mark) or Shift_JIS (a"
            + " charset the Content-Type declares is taken as given), or the first sheet of an xlsx workbook.";

    @Inject
    FacilityRegistration registration;

    @Inject
    FacilityUploadReader uploads;

    @Inject
    Facilities facilities;

    @Inject
    Caller caller;

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or update a facility: kind, name, e-mail, contacts, quiet hours, daily digest")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithTransaction
    public Uni<Facilities.FacilityView> put(@PathParam("code") String code, @Valid @NotNull FacilityRequest body) {
        checkCode(code);
        return registration.register(code, body);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A facility")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithSession
    public Uni<Facilities.FacilityView> get(@PathParam("code") String code) {
        if (!caller.actsFor(code)) {
            return Uni.createFrom().failure(ProblemException.notFound("no facility " + code));
        }
        return Panache.getSession().chain(session -> facilities.find(session, code))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no facility " + code));
    }

    @POST
    @Path("/bulk")
    @Consumes({CSV, XLSX})
    @Operation(summary = "Register or update many facilities from a file (columns code,kind,name[,email], header optional)",
            description = "One statement per 10,000 rows, all in one transaction; a bad row refuses the whole file, naming"
                    + " its line, row and column." + FILES)
    @RolesAllowed(Roles.ADMIN)
    public Uni<Map<String, Integer>> bulk(byte[] file, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        List<FacilityEntry> rows = uploads.facilities(contentType, file);
        return registration.registerAll(rows).map(n -> Map.of("registered", n));
    }

    @POST
    @Path("/{code}/formulary")
    @Consumes({CSV, XLSX})
    @Operation(summary = "Subscribe to every product of the facility's formulary (YJ code in the first column)",
            description = "Products already followed by YJ code are left as they are. channels: comma-separated, default"
                    + " INBOX." + FILES)
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    public Uni<Map<String, Integer>> formulary(@PathParam("code") String code,
            @QueryParam("channels") @DefaultValue("INBOX") String channels,
            @QueryParam("minSeverity") @DefaultValue("INFO") String minSeverity, byte[] file,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        checkCode(code);
        if (!caller.actsFor(code)) {
            throw ProblemException.forbidden("a facility subscribes for itself only");
        }
        String[] chosen = FormularyOptions.channels(channels);
        Severity severity = FormularyOptions.minSeverity(minSeverity);
        List<String> codes = uploads.formulary(contentType, file);
        return registration.subscribeFormulary(code, codes, chosen, severity)
                .map(n -> Map.of("products", codes.size(), "subscribed", n));
    }

    /** The facility code in the path, checked in full (check digit included): a 400 naming {@code code}. */
    private static void checkCode(String code) {
        FacilityCodes.problem(code).ifPresent(problem -> {
            throw ProblemException.invalidField("code", problem);
        });
    }
}
