package org.shortagewatch.common.security.apikey;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * API keys for machine clients: a manufacturer or wholesaler signed in with a bearer token creates keys for its own
 * organisation and role, lists and revokes them; an admin does so for any organisation. The key is shown once.
 */
@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys for machine clients that post in bulk (header X-API-Key)")
public class ApiKeyResource {

    private static final Set<String> MACHINE_ROLES = Set.of(Roles.MANUFACTURER, Roles.WHOLESALER);

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditTrail audit;

    @Inject
    Pool pool;

    public record CreateApiKey(
            @NotBlank @Size(max = 100) String name,
            @Min(1) @Max(365) Integer expiresInDays,
            @Size(max = 64) String org,
            String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApiKeyView(UUID id, String name, String org, String role, Instant createdAt, Instant expiresAt,
            Instant revokedAt, String key) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANUFACTURER, Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Create an API key", description = "Answers the key once; only its hash is stored. "
            + "Expires after expiresInDays (default 90, at most 365). Admins name the org and role.")
    @WithTransaction
    public Uni<RestResponse<ApiKeyView>> create(@Valid @NotNull CreateApiKey body) {
        if (identity.getAttribute(ApiKeyIdentityProvider.API_KEY_ATTRIBUTE) != null) {
            return Uni.createFrom().failure(ProblemException.forbidden("an API key cannot create API keys"));
        }
        String org;
        String role;
        if (caller.isAdmin()) {
            if (body.org() == null || body.role() == null || !MACHINE_ROLES.contains(body.role())) {
                return Uni.createFrom().failure(ProblemException.invalidField(body.org() == null ? "org" : "role",
                        "an admin names the organisation and a role of " + MACHINE_ROLES));
            }
            org = body.org();
            role = body.role();
        } else {
            org = caller.org().orElseThrow();
            role = caller.roles().stream().filter(MACHINE_ROLES::contains).findFirst().orElseThrow();
            if ((body.org() != null && !body.org().equals(org)) || (body.role() != null && !body.role().equals(role))) {
                return Uni.createFrom().failure(ProblemException.forbidden("keys act for your own organisation and role"));
            }
        }
        UUID id = UUID.randomUUID();
        String secret = ApiKeys.newSecret();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(body.expiresInDays() == null ? 90 : body.expiresInDays(), ChronoUnit.DAYS);
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into api_key (id, org, role, name, secret_hash, created_by, created_at, expires_at)
                values (:id, :org, :role, :name, :hash, :by, :now, :expires)""")
                .setParameter("id", id).setParameter("org", org).setParameter("role", role)
                .setParameter("name", body.name()).setParameter("hash", ApiKeys.hash(secret))
                .setParameter("by", caller.subject()).setParameter("now", now).setParameter("expires", expires)
                .executeUpdate()
                .chain(() -> audit.record(session, "api-key.create", id.toString(), AuditTrail.SUCCESS)))
                .map(ignored -> RestResponse.ResponseBuilder
                        .<ApiKeyView>created(URI.create("/api/v1/api-keys/" + id))
                        .entity(new ApiKeyView(id, body.name(), org, role, now, expires, null, ApiKeys.format(id, secret)))
                        .build());
    }

    @GET
    @RolesAllowed({Roles.MANUFACTURER, Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Your organisation's API keys (all of them, for an admin), without their secrets")
    public Uni<List<ApiKeyView>> list() {
        String columns = "select id, name, org, role, created_at, expires_at, revoked_at from api_key ";
        var rows = caller.isAdmin()
                ? pool.query(columns + "order by created_at desc").execute()
                : pool.preparedQuery(columns + "where org = $1 order by created_at desc")
                        .execute(Tuple.of(caller.org().orElseThrow()));
        return rows.map(result -> {
            List<ApiKeyView> keys = new ArrayList<>();
            for (Row r : result) {
                keys.add(new ApiKeyView(r.getUUID("id"), r.getString("name"), r.getString("org"), r.getString("role"),
                        instant(r, "created_at"), instant(r, "expires_at"), instant(r, "revoked_at"), null));
            }
            return keys;
        });
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MANUFACTURER, Roles.WHOLESALER, Roles.ADMIN})
    @Operation(summary = "Revoke an API key at once; another organisation's key is answered 404")
    @WithTransaction
    public Uni<RestResponse<Void>> revoke(@PathParam("id") UUID id) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                update api_key set revoked_at = coalesce(revoked_at, now())
                where id = :id and (:admin or org = :org)""")
                .setParameter("id", id).setParameter("admin", caller.isAdmin())
                .setParameter("org", caller.org().orElse(""))
                .executeUpdate()
                .chain(updated -> {
                    if (updated == 0) {
                        return Uni.createFrom().failure(ProblemException.notFound("no API key " + id));
                    }
                    return audit.record(session, "api-key.revoke", id.toString(), AuditTrail.SUCCESS);
                }))
                .replaceWith(RestResponse.noContent());
    }

    private static Instant instant(Row row, String column) {
        return row.getOffsetDateTime(column) == null ? null : row.getOffsetDateTime(column).toInstant();
    }
}
