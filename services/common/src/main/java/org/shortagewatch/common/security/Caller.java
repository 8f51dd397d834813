package org.shortagewatch.common.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: subject, roles and organisation (the {@code org} claim: a manufacturer code, wholesaler code or
 * facility code). Every authenticated caller has an organisation; tokens without one are refused at the door.
 */
@RequestScoped
public class Caller {

    /** The attribute of the security identity that carries the organisation. */
    public static final String ORG_ATTRIBUTE = "org";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The subject (user or client id); "anonymous" when there is none. */
    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The caller's name as its token states it, family name first as Japanese documents write it (渡辺 直子), else
     * its name claim; null when the token names nobody (a client, an API key).
     */
    public String displayName() {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        String family = claim(token, "family_name");
        String given = claim(token, "given_name");
        return family != null && given != null ? family + " " + given : claim(token, "name");
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Optional<String> org() {
        Object org = identity.getAttribute(ORG_ATTRIBUTE);
        return org == null ? Optional.empty() : Optional.of(org.toString());
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** True when the caller is an admin or acts for {@code org}. */
    public boolean actsFor(String org) {
        return isAdmin() || org().map(org::equals).orElse(false);
    }
}
