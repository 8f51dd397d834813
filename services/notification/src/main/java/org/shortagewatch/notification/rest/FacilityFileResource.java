package org.shortagewatch.notification.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.upload.FacilityEntry;
import org.shortagewatch.notification.service.FacilityRegistration;
import org.shortagewatch.notification.service.FacilityUploadReader;

import io.smallrye.mutiny.Uni;

/** Facilities from files: many facilities at once (an admin's list), and a facility's formulary. */
@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({FacilityFileResource.CSV, FacilityFileResource.XLSX})
@Tag(name = "Facilities", description = "Pharmacies, hospitals and clinics: contacts, quiet hours, digest, formulary")
public class FacilityFileResource {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FILES = " The file: CSV in UTF-8 (with or without a byte-order mark) or Shift_JIS (a"
            + " charset the Content-Type declares is taken as given), or the first sheet of an xlsx workbook.";

    @Inject
    FacilityRegistration registration;

    @Inject
    FacilityUploadReader uploads;

    @Inject
    Caller caller;

    @POST
    @Path("/bulk")
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
    @Operation(summary = "Subscribe to every product of the facility's formulary (YJ code in the first column)",
            description = "Products already followed by YJ code are left as they are, whatever their channels; one"
                    + " statement, one transaction, one audit row. channels: comma-separated EMAIL, WEBHOOK, SSE, INBOX,"
                    + " default INBOX. webhookUrl: required with WEBHOOK and refused without it; checked once, as for"
                    + " one subscription (http or https, a public address), and taken by every subscription the file"
                    + " adds. Those subscriptions share one webhook signing secret (Standard Webhooks, whsec_...),"
                    + " answered as secret this once; an upload that adds none answers none." + FILES)
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    public Uni<FormularyView> formulary(@PathParam("code") String code,
            @QueryParam("channels") @DefaultValue("INBOX") String channels,
            @QueryParam("webhookUrl") @Size(max = SubscriptionRequest.WEBHOOK_URL_LENGTH)
            @Pattern(regexp = SubscriptionRequest.WEBHOOK_URL, message = SubscriptionRequest.WEBHOOK_URL_FORMAT)
            String webhookUrl,
            @QueryParam("minSeverity") @DefaultValue("INFO") String minSeverity, byte[] file,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        FacilityResource.checkCode(code);
        if (!caller.actsFor(code)) {
            throw ProblemException.forbidden(Text.of("購読は施設が自身の分だけ登録できます",
                    "a facility subscribes for itself only"));
        }
        String[] chosen = FormularyOptions.channels(channels);
        String url = FormularyOptions.webhookUrl(chosen, webhookUrl);
        Severity severity = FormularyOptions.minSeverity(minSeverity);
        List<String> codes = uploads.formulary(contentType, file);
        return registration.subscribeFormulary(code, codes, chosen, severity, url)
                .map(added -> new FormularyView(codes.size(), added.subscribed(), added.webhookSecret()));
    }
}
