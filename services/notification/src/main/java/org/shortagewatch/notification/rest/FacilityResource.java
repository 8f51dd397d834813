package org.shortagewatch.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.notification.persistence.Facilities;
import org.shortagewatch.notification.service.FacilityRegistration;

import io.smallrye.mutiny.Uni;

/**
 * A facility registering itself and reading what it registered. Many facilities at once, and formularies, from
 * files: {@link FacilityFileResource}.
 */
@Path("/api/v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "Pharmacies, hospitals and clinics: contacts, quiet hours, digest, formulary")
@RolesAllowed({Roles.FACILITY, Roles.ADMIN})
public class FacilityResource {

    @Inject
    FacilityRegistration registration;

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or update a facility: kind, name, e-mail, contacts, quiet hours, daily digest")
    public Uni<Facilities.FacilityView> put(@PathParam("code") String code, @Valid @NotNull FacilityRequest body) {
        checkCode(code);
        return registration.register(code, body);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A facility")
    public Uni<Facilities.FacilityView> get(@PathParam("code") String code) {
        return registration.find(code);
    }

    /** The facility code in the path, checked in full (check digit included): a 400 naming {@code code}. */
    static void checkCode(String code) {
        FacilityCodes.problem(code).ifPresent(problem -> {
            throw ProblemException.invalidField("code", Text.of(problem.ja(), problem.en()));
        });
    }
}
