package org.shortagewatch.common.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Every bearer token must name the caller's organisation in an {@code org} claim; a token without one is refused
 * (401) as if it were invalid. The organisation becomes the identity's {@value Caller#ORG_ATTRIBUTE} attribute.
 */
@ApplicationScoped
public class OrganisationClaim implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object org = token.getClaim(Caller.ORG_ATTRIBUTE);
        if (org == null || org.toString().isBlank()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token has no org claim"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(Caller.ORG_ATTRIBUTE, org.toString().replace("\"", ""))
                .build());
    }
}
