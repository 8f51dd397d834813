package org.shortagewatch.notification.rest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.notification.domain.Channel;
import org.shortagewatch.notification.domain.FacilityKind;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.WebhookSigner;
import org.shortagewatch.notification.persistence.Facilities;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "Pharmacies, hospitals and clinics: contacts, quiet hours, digest, formulary")
public class FacilityResource {

    public static final String CSV = "text/csv";

    @Inject
    Facilities facilities;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or update a facility: kind, name, e-mail, contacts, quiet hours, daily digest")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    @WithTransaction
    public Uni<Facilities.FacilityView> put(@PathParam("code") String code, @Valid @NotNull FacilityRequest body) {
        checkCode(code);
        if (!caller.actsFor(code)) {
            return Uni.createFrom().failure(ProblemException.forbidden("a facility registers itself only"));
        }
        if (!body.kind().fits(code)) {
            return Uni.createFrom().failure(ProblemException.invalidField("kind",
                    "does not fit the facility code: pharmacies have 4 as the third digit, hospitals and clinics 1 or 3"));
        }
        if ((body.quietStart() == null) != (body.quietEnd() == null)) {
            return Uni.createFrom().failure(ProblemException.invalidField(body.quietStart() == null ? "quietStart" : "quietEnd",
                    "quiet hours need both a start and an end"));
        }
        return Panache.getSession().chain(session -> facilities.upsert(session, code, body)
                .chain(() -> audit.record(session, "facility.put", code, AuditTrail.SUCCESS))
                .chain(() -> facilities.find(session, code)));
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
    @Consumes(CSV)
    @Operation(summary = "Register or update many facilities from CSV (header: code,kind,name,email)",
            description = "One statement per 10,000 rows, all in one transaction; a bad row refuses the whole file, naming its line.")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Map<String, Integer>> bulk(String csv) {
        List<Facilities.Row> rows = new ArrayList<>();
        for (CSVRecord r : parse(csv, "facilities")) {
            String field = "facilities[line " + r.getRecordNumber() + "]";
            String code = r.get(0).trim();
            if (r.getRecordNumber() == 1 && code.equalsIgnoreCase("code")) {
                continue;
            }
            if (r.size() < 3) {
                throw ProblemException.invalidField(field, "expected code,kind,name[,email]");
            }
            FacilityCodes.problem(code).ifPresent(problem -> {
                throw ProblemException.invalidField(field, "code: " + problem);
            });
            FacilityKind kind;
            try {
                kind = FacilityKind.valueOf(r.get(1).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(field, "kind must be PHARMACY, HOSPITAL or CLINIC");
            }
            if (!kind.fits(code) || r.get(2).isBlank()) {
                throw ProblemException.invalidField(field, "kind does not fit the code, or the name is empty");
            }
            String email = r.size() > 3 && !r.get(3).isBlank() ? r.get(3).trim() : null;
            rows.add(new Facilities.Row(code, kind, r.get(2).trim(), email));
        }
        String actor = caller.subject();
        String org = caller.org().orElse(null);
        String source = audit.currentSourceAddress();
        return facilities.upsertAll(rows)
                .call(n -> audit.recordOutsideTransaction("facility.bulk", n + " facilities", AuditTrail.SUCCESS,
                        actor, org, source))
                .map(n -> Map.of("registered", n));
    }

    @POST
    @Path("/{code}/formulary")
    @Consumes(CSV)
    @Operation(summary = "Subscribe to every product of the facility's formulary (CSV, YJ code in the first column)",
            description = "Products already followed by YJ code are left as they are. channels: comma-separated, default INBOX.")
    @RolesAllowed({Roles.FACILITY, Roles.ADMIN})
    public Uni<Map<String, Integer>> formulary(@PathParam("code") String code,
            @QueryParam("channels") @DefaultValue("INBOX") String channels,
            @QueryParam("minSeverity") @DefaultValue("INFO") String minSeverity, String csv) {
        checkCode(code);
        if (!caller.actsFor(code)) {
            throw ProblemException.forbidden("a facility subscribes for itself only");
        }
        List<String> chosen = new ArrayList<>();
        for (String c : channels.split(",")) {
            try {
                Channel channel = Channel.valueOf(c.trim().toUpperCase(Locale.ROOT));
                if (channel == Channel.WEBHOOK) {
                    throw ProblemException.invalidField("channels", "webhook subscriptions are made one at a time, with their URL");
                }
                chosen.add(channel.name());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("channels", "must be EMAIL, SSE or INBOX, comma-separated");
            }
        }
        Severity severity;
        try {
            severity = Severity.valueOf(minSeverity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("minSeverity", "must be INFO, LOW, MEDIUM, HIGH or CRITICAL");
        }
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (CSVRecord r : parse(csv, "formulary")) {
            String yj = r.get(0).trim();
            if (yj.isEmpty() || (r.getRecordNumber() == 1 && !YjCodes.isValid(yj) && !yj.matches(".*[0-9].*"))) {
                continue; // blank line or header
            }
            if (!YjCodes.isValid(yj)) {
                throw ProblemException.invalidField("formulary[line " + r.getRecordNumber() + "]", YjCodes.FORMAT_HINT);
            }
            codes.add(yj);
        }
        List<String> secrets = codes.stream().map(ignored -> WebhookSigner.newSecret()).toList();
        String actor = caller.subject();
        String org = caller.org().orElse(null);
        String source = audit.currentSourceAddress();
        return facilities.subscribeFormulary(code, List.copyOf(codes), chosen.toArray(String[]::new),
                (short) severity.level(), secrets)
                .call(n -> audit.recordOutsideTransaction("subscription.formulary", code + ": " + n, AuditTrail.SUCCESS,
                        actor, org, source))
                .map(n -> Map.of("products", codes.size(), "subscribed", n));
    }

    private static List<CSVRecord> parse(String csv, String field) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.invalidField(field, "the CSV is empty");
        }
        try {
            return CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get()
                    .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)).getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalidField(field, "not readable as CSV: " + e.getMessage());
        }
    }

    /** The facility code in the path, checked in full (check digit included): a 400 naming {@code code}. */
    private static void checkCode(String code) {
        FacilityCodes.problem(code).ifPresent(problem -> {
            throw ProblemException.invalidField("code", problem);
        });
    }
}
