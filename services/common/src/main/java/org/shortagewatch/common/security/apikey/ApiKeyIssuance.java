package org.shortagewatch.common.security.apikey;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.audit.CommonAuditAction;
import org.shortagewatch.common.rest.ProblemException;
import org.shortagewatch.common.rest.Text;
import org.shortagewatch.common.security.Caller;
import org.shortagewatch.common.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Who may hold which API key: a manufacturer or wholesaler signed in with a bearer token creates keys for its own
 * organisation and role, lists and revokes them; an admin does so for any organisation; a key cannot create keys.
 * Each creation and revocation is one transaction on the SQL client, with its audit row.
 */
@ApplicationScoped
public class ApiKeyIssuance {

    static final Set<String> MACHINE_ROLES = Set.of(Roles.MANUFACTURER, Roles.WHOLESALER);
    static final int DEFAULT_DAYS = 90;

    @Inject
    Caller caller;

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditTrail audit;

    @Inject
    ApiKeyStore store;

    @Inject
    Pool pool;

    /** A key just created, with its secret in the form callers send it (shown this once). */
    public record Issued(ApiKeyStore.StoredKey key, String secret) {
    }

    /** One transaction on the SQL client: the key and its audit row. */
    public Uni<Issued> create(String name, Integer expiresInDays, String requestedOrg, String requestedRole) {
        if (identity.getAttribute(ApiKeyIdentityProvider.API_KEY_ATTRIBUTE) != null) {
            return Uni.createFrom().failure(ProblemException.forbidden(Text.of("API キーで API キーは作れません",
                    "an API key cannot create API keys")));
        }
        String org;
        String role;
        if (caller.isAdmin()) {
            if (requestedOrg == null || requestedRole == null || !MACHINE_ROLES.contains(requestedRole)) {
                return Uni.createFrom().failure(ProblemException.invalidField(requestedOrg == null ? "org" : "role",
                        "an admin names the organisation and a role of " + MACHINE_ROLES));
            }
            org = requestedOrg;
            role = requestedRole;
        } else {
            org = caller.org().orElseThrow();
            role = caller.roles().stream().filter(MACHINE_ROLES::contains).findFirst().orElseThrow();
            if ((requestedOrg != null && !requestedOrg.equals(org))
                    || (requestedRole != null && !requestedRole.equals(role))) {
                return Uni.createFrom().failure(ProblemException.forbidden(Text.of(
                        "キーはあなた自身の組織とロールでのみ作れます", "keys act for your own organisation and role")));
            }
        }
        UUID id = UUID.randomUUID();
        String secret = ApiKeys.newSecret();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(expiresInDays == null ? DEFAULT_DAYS : expiresInDays, ChronoUnit.DAYS);
        ApiKeyStore.StoredKey key = new ApiKeyStore.StoredKey(id, name, org, role, now, expires, null);
        return pool.withTransaction(c -> store.insert(c, key, ApiKeys.hash(secret), caller.subject())
                .chain(() -> audit.record(c, CommonAuditAction.API_KEY_CREATE, id.toString())))
                .replaceWith(new Issued(key, ApiKeys.format(id, secret)));
    }

    /** The caller's organisation's keys; every key for an admin. */
    public Uni<List<ApiKeyStore.StoredKey>> list() {
        return store.list(caller.isAdmin() ? null : caller.org().orElseThrow());
    }

    /** One transaction on the SQL client: the revocation and its audit row; another organisation's key is not found. */
    public Uni<Void> revoke(UUID id) {
        return pool.withTransaction(c -> store.revoke(c, id, caller.isAdmin() ? null : caller.org().orElse(""))
                .chain(updated -> updated == 0
                        ? Uni.createFrom().<Void>failure(ProblemException.notFound(Text.of("API キー " + id + " はありません",
                                "no API key " + id)))
                        : audit.record(c, CommonAuditAction.API_KEY_REVOKE, id.toString())));
    }
}
