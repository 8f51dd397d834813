package org.shortagewatch.common.security;

import org.shortagewatch.common.config.SecuritySettings;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.function.LongSupplier;

import javax.crypto.SecretKey;

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
import io.smallrye.jwt.auth.principal.JWTParser;
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
 * and delegates everything but {@link #parse(String)}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final JWTParser delegate;
    private final Cache<String, JsonWebToken> verified;
    private final LongSupplier epochSeconds;

    @Inject
    public VerifiedTokens(JWTAuthContextInfo authContext,
            SecuritySettings settings) {
        this(new DefaultJWTParser(authContext), settings.verifiedTokenTtl(), settings.verifiedTokensMax(),
                () -> System.currentTimeMillis() / 1000);
    }

    VerifiedTokens(JWTParser delegate, Duration ttl, long max, LongSupplier epochSeconds) {
        this.delegate = delegate;
        this.epochSeconds = epochSeconds;
        this.verified = ttl.isZero() ? null : Caffeine.newBuilder()
                .maximumSize(max)
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> Duration.ofSeconds(
                        Math.max(0, Math.min(ttl.toSeconds(), jwt.getExpirationTime() - epochSeconds.getAsLong())))))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (verified == null) {
            return delegate.parse(token);
        }
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && known.getExpirationTime() > epochSeconds.getAsLong()) {
            return known;
        }
        JsonWebToken jwt = delegate.parse(token);
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

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
