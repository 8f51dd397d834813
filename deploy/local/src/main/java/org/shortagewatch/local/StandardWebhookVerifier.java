package org.shortagewatch.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a webhook signature as the Standard Webhooks specification defines it (https://www.standardwebhooks.com):
 * HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>}, keyed with the base64-decoded secret (after its
 * {@code whsec_} prefix); the {@code webhook-signature} header lists space-separated {@code v1,<base64 signature>}
 * entries, and one matching entry suffices.
 *
 * <p>Written from the specification, independently of the services' signer, so that tests can check that signer.
 * It does not check that the timestamp is recent: the sink shows old deliveries too.
 */
public final class StandardWebhookVerifier {

    private static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION_PREFIX = "v1,";

    private StandardWebhookVerifier() {
    }

    /**
     * @param secret the endpoint secret, {@code whsec_<base64>} (the prefix may be left out)
     * @param body the request body exactly as received
     * @param signatureHeader the {@code webhook-signature} header; {@code null} gives {@code false}
     * @return whether any {@code v1} signature in the header matches
     * @throws IllegalArgumentException if the secret is not base64
     */
    public static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader) {
        if (signatureHeader == null || id == null || timestamp == null || body == null) {
            return false;
        }
        byte[] expected = hmacSha256(key(secret), id + "." + timestamp + "." + body);
        boolean matched = false;
        for (String entry : signatureHeader.trim().split("\\s+")) {
            if (!entry.startsWith(VERSION_PREFIX)) {
                continue; // another scheme (e.g. v1a, asymmetric) or noise
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(VERSION_PREFIX.length()));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            // constant-time comparison; no early exit either, so timing does not reveal which entry matched
            matched |= MessageDigest.isEqual(expected, given);
        }
        return matched;
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the webhook secret is not whsec_<base64>", e);
        }
    }

    private static byte[] hmacSha256(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
