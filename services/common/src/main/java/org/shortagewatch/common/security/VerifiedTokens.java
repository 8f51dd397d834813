package org.shortagewatch.common.security;

import org.shortagewatch.common.config.SecuritySettings;
import java.time.Duration;
import java.util.function.LongSupplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Remembers bearer tokens that passed verification, so a client that sends the same token with every request (a
 * manufacturer's system posting reports, a wholesaler's posting orders) pays for the signature check and the
 * parsing once, not per request: under the ingest benchmark they were a third of the service's CPU.
 *
 * <p>A token is remembered by its full text (signature included) for at most
 * {@code shortagewatch.security.verified-token-ttl} (60 s by default) and never past its own {@code exp}; a token
 * that fails verification is never remembered. A signing key withdrawn from the JWKS therefore stops its tokens
 * within that time. {@code 0s} turns the cache off. It replaces the JWT parser Quarkus' bearer-token mechanism uses
 * and changes nothing but {@link #parse(String)}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    /** Verifies a token's signature and claims, as the parser Quarkus would use otherwise. */
    @FunctionalInterface
    interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    private final Verification verification;
    private final Cache<String, JsonWebToken> verified;
    private final LongSupplier epochSeconds;

    @Inject
    public VerifiedTokens(JWTAuthContextInfo authContext, SecuritySettings settings) {
        super(authContext);
        this.verification = super::parse;
        this.epochSeconds = () -> System.currentTimeMillis() / 1000;
        this.verified = cache(settings.verifiedTokenTtl(), settings.verifiedTokensMax());
    }

    VerifiedTokens(Verification verification, Duration ttl, long max, LongSupplier epochSeconds) {
        this.verification = verification;
        this.epochSeconds = epochSeconds;
        this.verified = cache(ttl, max);
    }

    private Cache<String, JsonWebToken> cache(Duration ttl, long max) {
        return ttl.isZero() ? null : Caffeine.newBuilder()
                .maximumSize(max)
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> Duration.ofSeconds(
                        Math.max(0, Math.min(ttl.toSeconds(), jwt.getExpirationTime() - epochSeconds.getAsLong())))))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (verified == null) {
            return verification.verify(token);
        }
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() > epochSeconds.getAsLong()) {
            return known;
        }
        JsonWebToken jwt = verification.verify(token);
        if (jwt.getExpirationTime() > epochSeconds.getAsLong()) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** How many verified tokens are remembered now (for tests). */
    long size() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
