package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Against the test vector of the Standard Webhooks reference libraries, not against our own signing. */
class StandardWebhookVerifierTest {

    /** A signed message as a receiver gets it: the secret it shares with the sender, the headers and the body. */
    record Signed(String secret, String id, String timestamp, String body, String signature) {

        boolean verifies() {
            return StandardWebhookVerifier.verify(secret, id, timestamp, body, signature);
        }

        Signed secret(String other) {
            return new Signed(other, id, timestamp, body, signature);
        }

        Signed id(String other) {
            return new Signed(secret, other, timestamp, body, signature);
        }

        Signed timestamp(String other) {
            return new Signed(secret, id, other, body, signature);
        }

        Signed body(String other) {
            return new Signed(secret, id, timestamp, other, signature);
        }

        Signed signature(String other) {
            return new Signed(secret, id, timestamp, body, other);
        }
    }

    /** The reference libraries' vector. */
    static final Signed SPEC = new Signed("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265330", "{\"test\": 2432232314}", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");

    @Test
    void acceptsTheSpecVector() {
        assertTrue(SPEC.verifies());
    }

    @Test
    void acceptsASecretWithoutPrefix() {
        assertTrue(SPEC.secret(SPEC.secret().substring("whsec_".length())).verifies());
    }

    @Test
    void rejectsATamperedBodyIdOrTimestamp() {
        assertFalse(SPEC.body("{\"test\": 2432232315}").verifies());
        assertFalse(SPEC.body(SPEC.body() + " ").verifies());
        assertFalse(SPEC.id("msg_other").verifies());
        assertFalse(SPEC.timestamp("1614265331").verifies());
    }

    @Test
    void rejectsAnotherSecret() {
        assertFalse(SPEC.secret("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").verifies());
    }

    @Test
    void acceptsWhenAnyOfSeveralSignaturesMatches() {
        String signature = SPEC.signature();
        assertTrue(SPEC.signature("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= " + signature + " v1a,c29tZXRoaW5nIGVsc2U=")
                .verifies());
        assertTrue(SPEC.signature("v1,not*base64 " + signature).verifies());
    }

    @Test
    void rejectsWhenNoSignatureMatches() {
        assertFalse(SPEC.signature("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= v1,bm9wZQ==").verifies());
        // the right bytes under another scheme name do not count
        assertFalse(SPEC.signature("v2," + SPEC.signature().substring(3)).verifies());
        assertFalse(SPEC.signature(SPEC.signature().substring(3)).verifies());
        assertFalse(SPEC.signature("").verifies());
        assertFalse(SPEC.signature(null).verifies());
    }

    @Test
    void refusesASecretThatIsNotBase64() {
        assertThrows(IllegalArgumentException.class, () -> SPEC.secret("whsec_not*base64").verifies());
    }
}
