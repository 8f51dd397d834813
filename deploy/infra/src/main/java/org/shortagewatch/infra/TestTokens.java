package org.shortagewatch.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Bearer tokens for tests: one signing key per test JVM, whose public JWKS the services under test are configured
 * to trust (see {@link RealInfrastructureResource}).
 */
public final class TestTokens {

    private static TokenIssuer issuer;
    private static Path jwks;

    private TestTokens() {
    }

    public static synchronized TokenIssuer issuer() {
        if (issuer == null) {
            issuer = TokenIssuer.generate(TokenIssuer.DEFAULT_ISSUER);
            try {
                jwks = issuer.writePublicJwks(Files.createTempFile("test-jwks", ".json"));
                jwks.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return issuer;
    }

    static synchronized Path jwksFile() {
        issuer();
        return jwks;
    }

    /** {@code Authorization} header value for a caller of {@code org} with {@code role}, valid for an hour. */
    public static String bearer(String role, String org) {
        return "Bearer " + issuer().mint(role + "-user@" + org, org, Duration.ofHours(1), role);
    }
}
