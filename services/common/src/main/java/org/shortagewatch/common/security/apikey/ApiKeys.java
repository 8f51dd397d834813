package org.shortagewatch.common.security.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The form of an API key, {@code swk_<key id, 32 hex>_<secret, 43 base64url>}, and the hash of its secret that is
 * all the database keeps. 256 random bits make a slow password hash unnecessary: SHA-256 cannot be reversed and
 * the secret cannot be guessed.
 */
public final class ApiKeys {

    public static final String PREFIX = "swk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A parsed key: which one, and the secret to check against its hash. */
    public record Presented(UUID id, String secret) {
    }

    private ApiKeys() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String format(UUID id, String secret) {
        return PREFIX + id.toString().replace("-", "") + "_" + secret;
    }

    public static Optional<Presented> parse(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() != PREFIX.length() + 32 + 1 + 43
                || key.charAt(PREFIX.length() + 32) != '_') {
            return Optional.empty();
        }
        String hex = key.substring(PREFIX.length(), PREFIX.length() + 32);
        if (!hex.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        return Optional.of(new Presented(id, key.substring(PREFIX.length() + 33)));
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** Compares in constant time. */
    public static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(hash(secret), storedHash);
    }
}
