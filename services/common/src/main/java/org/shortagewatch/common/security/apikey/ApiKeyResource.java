package org.shortagewatch.common.security.apikey;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.shortagewatch.common.security.Roles;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.smallrye.mutiny.Uni;

/**
 * API keys for machine clients (who may hold which: {@link ApiKeyIssuance}). The key is shown once.
 */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys for machine clients that post in bulk (header X-API-Key)")
public class ApiKeyResource {

    @Inject
    ApiKeyIssuance keys;

    public record CreateApiKey(
            @NotBlank @Size(max = 100) String name,
            @Min(1) @Max(365) Integer expiresInDays,
            @Size(max = 64) String org,
            String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApiKeyView(UUID id, String name, String org, String role, Instant createdAt, Instant expiresAt,
            Instant revokedAt, String key) {

        static ApiKeyView of(ApiKeyStore.StoredKey k, String secret) {
            return new ApiKeyView(k.id(), k.name(), k.org(), k.role(), k.createdAt(), k.expiresAt(), k.revokedAt(),
                    secret);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANUFACTURER, Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Create an API key", description = "Answers the key once; only its hash is stored. "
            + "Expires after expiresInDays (default 90, at most 365). Admins name the org and role.")
    public Uni<RestResponse<ApiKeyView>> create(@Valid @NotNull CreateApiKey body) {
        return keys.create(body.name(), body.expiresInDays(), body.org(), body.role())
                .map(issued -> RestResponse.ResponseBuilder
                        .<ApiKeyView>created(URI.create("/api/v1/api-keys/" + issued.key().id()))
                        .entity(ApiKeyView.of(issued.key(), issued.secret())).build());
    }

    @GET
    @RolesAllowed({Roles.MANUFACTURER, Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Your organisation's API keys (all of them, for an admin), without their secrets")
    public Uni<List<ApiKeyView>> list() {
        return keys.list().map(list -> list.stream().map(k -> ApiKeyView.of(k, null)).toList());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MANUFACTURER, Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Revoke an API key at once; another organisation's key is answered 404")
    public Uni<RestResponse<Void>> revoke(@PathParam("id") UUID id) {
        return keys.revoke(id).replaceWith(RestResponse.noContent());
    }
}
