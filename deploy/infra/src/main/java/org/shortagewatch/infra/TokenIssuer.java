package org.shortagewatch.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * A stand-in for the OpenID Connect provider of a real deployment, for the local run and the tests: holds an RSA
 * signing key, publishes its public half as a JWKS, and signs bearer tokens with {@code iss}, {@code sub},
 * {@code groups} (the roles) and {@code org} (the caller's organisation).
 */
public final class TokenIssuer {

    public static final String DEFAULT_ISSUER = "https://shortagewatch.local/auth";
    private static final String KEY_FILE = "signing-key.jwk.json";
    private static final String JWKS_FILE = "jwks.json";

    private final RsaJsonWebKey key;
    private final String issuer;

    private TokenIssuer(RsaJsonWebKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    /** A new key, kept in memory only. */
    public static TokenIssuer generate(String issuer) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(UUID.randomUUID().toString());
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            return new TokenIssuer(key, issuer);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot generate a signing key", e);
        }
    }

    /**
     * The key kept in {@code dir} (created there, readable by the owner only, on first use), and the public JWKS
     * written next to it as {@value #JWKS_FILE}.
     */
    public static TokenIssuer loadOrCreate(Path dir, String issuer) throws IOException {
        Files.createDirectories(dir);
        Path keyFile = dir.resolve(KEY_FILE);
        TokenIssuer tokens;
        if (Files.exists(keyFile)) {
            try {
                tokens = new TokenIssuer((RsaJsonWebKey) JsonWebKey.Factory.newJwk(Files.readString(keyFile)), issuer);
            } catch (JoseException e) {
                throw new IOException("unreadable signing key " + keyFile, e);
            }
        } else {
            tokens = generate(issuer);
            Files.writeString(keyFile, tokens.key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
        }
        tokens.writePublicJwks(jwksFile(dir));
        return tokens;
    }

    /** Where {@link #loadOrCreate} publishes the public key set of the key kept in {@code dir}. */
    public static Path jwksFile(Path dir) {
        return dir.resolve(JWKS_FILE);
    }

    public String issuer() {
        return issuer;
    }

    /** The public key set, as a verifier fetches it from a JWKS location. */
    public String publicJwks() {
        return new JsonWebKeySet(List.of(key)).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    public Path writePublicJwks(Path file) throws IOException {
        Files.writeString(file, publicJwks(), StandardCharsets.UTF_8);
        return file;
    }

    /** A token for {@code subject} acting for {@code org} with {@code roles}, valid for {@code validity}. */
    public String mint(String subject, String org, Duration validity, String... roles) {
        return sign(claims(subject, org, validity, roles), key);
    }

    /**
     * A token built from {@code subject}, {@code org}, {@code validity}, {@code roles} and then changed by
     * {@code overrides} (a null value removes the claim): for tests of refused tokens.
     */
    public String mintWith(Map<String, Object> overrides, String subject, String org, Duration validity, String... roles) {
        JwtClaims claims = claims(subject, org, validity, roles);
        overrides.forEach((name, value) -> {
            if (value == null) {
                claims.unsetClaim(name);
            } else {
                claims.setClaim(name, value);
            }
        });
        return sign(claims, key);
    }

    /** The same claims signed by a key nobody trusts. */
    public String mintWithForeignKey(String subject, String org, Duration validity, String... roles) {
        return sign(claims(subject, org, validity, roles), generate(issuer).key);
    }

    private JwtClaims claims(String subject, String org, Duration validity, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(validity.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        claims.setStringListClaim("groups", roles);
        if (org != null) {
            claims.setClaim("org", org);
        }
        return claims;
    }

    private static String sign(JwtClaims claims, RsaJsonWebKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
