package org.shortagewatch.allocation.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.allocation.domain.NameChange;
import org.shortagewatch.allocation.domain.Wholesaler;
import org.shortagewatch.allocation.service.WholesalerRegistry;
import org.shortagewatch.common.rest.Problem;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Roles;

import io.smallrye.mutiny.Uni;

/** The wholesalers by name: registered by the operator, read by anyone (a licensed wholesaler's name is public). */
@Path("/api/v1/wholesalers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wholesalers", description = "卸売販売業者: each wholesaler's code and name")
public class WholesalerRegistryResource {

    @Inject
    WholesalerRegistry registry;

    @GET
    @PermitAll // public: a licensed wholesaler's name is public information
    @Operation(summary = "Every registered wholesaler, by code")
    @APIResponse(responseCode = "200", description = "Each wholesaler's code and name, ordered by code")
    public Uni<List<Wholesaler>> all() {
        return registry.all();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "A registered wholesaler")
    @APIResponse(responseCode = "200", description = "Its code and name")
    @APIResponse(responseCode = "400", description = "Malformed code", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No wholesaler is registered under this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Wholesaler> one(
            @PathParam("code") @Pattern(regexp = PathCodes.WHOLESALER, message = PathCodes.WHOLESALER_HINT) String code) {
        return registry.find(code).onItem().ifNull().failWith(() -> ProblemException.notFound(
                Text.of("卸売業者 " + code + " は登録されていません", "no wholesaler is registered as " + code)));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a wholesaler, or change its name (operators)",
            description = "Registering a name a wholesaler already has changes nothing.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "200", description = "Renamed, or registered under this name already")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<RestResponse<Wholesaler>> register(
            @PathParam("code") @Pattern(regexp = PathCodes.WHOLESALER, message = PathCodes.WHOLESALER_HINT) String code,
            @Valid @NotNull WholesalerNameRequest body) {
        Wholesaler wholesaler = new Wholesaler(code, body.name());
        return registry.register(wholesaler).map(change -> change == NameChange.REGISTERED
                ? RestResponse.ResponseBuilder.<Wholesaler>created(URI.create("/api/v1/wholesalers/" + code))
                        .entity(wholesaler).build()
                : RestResponse.ok(wholesaler));
    }
}
