package org.shortagewatch.common.security.apikey;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.shortagewatch.common.security.Caller;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Turns a presented API key into an identity: the key's organisation and role, if the key exists, its secret
 * matches the stored hash, and it is neither expired nor revoked. Every other case is the same 401.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** Identity attribute marking a caller that authenticated with an API key. */
    public static final String API_KEY_ATTRIBUTE = "api-key";

    @Inject
    Pool pool;

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        var presented = ApiKeys.parse(request.key());
        if (presented.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed API key"));
        }
        return pool.preparedQuery("""
                select org, role, secret_hash, expires_at, revoked_at from api_key where id = $1""")
                .execute(Tuple.of(presented.get().id()))
                .map(rows -> {
                    Row row = rows.size() == 1 ? rows.iterator().next() : null;
                    if (row == null || !ApiKeys.matches(presented.get().secret(), row.getBuffer("secret_hash").getBytes())
                            || row.getValue("revoked_at") != null
                            || row.getOffsetDateTime("expires_at").isBefore(OffsetDateTime.now())) {
                        throw new AuthenticationFailedException("unknown, expired or revoked API key");
                    }
                    return QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal("api-key:" + presented.get().id()))
                            .addRole(row.getString("role"))
                            .addAttribute(Caller.ORG_ATTRIBUTE, row.getString("org"))
                            .addAttribute(API_KEY_ATTRIBUTE, presented.get().id().toString())
                            .build();
                });
    }
}
