package org.shortagewatch.infra.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.shortagewatch.infra.TestTokens;

/**
 * The callers of one operation's hostile requests, derived from the token of a role it allows (as a test gives it):
 * that token itself, the same caller expired or signed by a key nobody trusts, the same organisation in a role the
 * operation does not allow, and (where the test gives one) a caller of another organisation.
 */
final class OperationCallers {

    /** The project's roles, in the order a forbidden one is chosen. */
    static final List<String> ROLES = List.of("facility", "wholesaler", "manufacturer", "regulator", "admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String allowed;
    private final String otherOrganisation;
    private final String role;
    private final String org;
    private final String subject;

    OperationCallers(String allowed, String otherOrganisation) {
        this.allowed = allowed;
        this.otherOrganisation = otherOrganisation;
        JsonNode claims = claims(allowed);
        this.role = claims.path("groups").path(0).asText();
        this.org = claims.path("org").asText(null);
        this.subject = claims.path("sub").asText();
    }

    /** The claims of a bearer token (unverified: it is the test's own). */
    static JsonNode claims(String authorization) {
        String token = authorization.substring(authorization.indexOf(' ') + 1);
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a signed JWT bearer token: " + authorization);
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String allowed() {
        return allowed;
    }

    String otherOrganisation() {
        return otherOrganisation;
    }

    /** The organisation whose rate-limit bucket the allowed caller's writes take from. */
    String org() {
        return org;
    }

    String expired() {
        long now = Instant.now().getEpochSecond();
        return "Bearer " + TestTokens.issuer().mintWith(Map.of("exp", now - 3600, "iat", now - 7200), subject, org,
                Duration.ofHours(1), role);
    }

    String foreignKey() {
        return "Bearer " + TestTokens.issuer().mintWithForeignKey(subject, org, Duration.ofHours(1), role);
    }

    /** A caller of the same organisation in the first role {@code allowedRoles} leaves out, or null. */
    String roleNotAllowed(List<String> allowedRoles) {
        List<String> others = new ArrayList<>(ROLES);
        others.removeAll(allowedRoles);
        return allowedRoles.isEmpty() || others.isEmpty() ? null : TestTokens.bearer(others.get(0), org);
    }
}
