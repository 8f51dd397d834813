package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Against the test vector of the Standard Webhooks reference libraries, not against our own signing. */
class StandardWebhookVerifierTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final String TIMESTAMP = "1614265330";
    static final String BODY = "{\"test\": 2432232314}";
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void acceptsTheSpecVector() {
        assertTrue(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY, SIGNATURE));
    }

    @Test
    void acceptsASecretWithoutPrefix() {
        assertTrue(StandardWebhookVerifier.verify(SECRET.substring("whsec_".length()), ID, TIMESTAMP, BODY, SIGNATURE));
    }

    @Test
    void rejectsATamperedBodyIdOrTimestamp() {
        assertFalse(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, "{\"test\": 2432232315}", SIGNATURE));
        assertFalse(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY + " ", SIGNATURE));
        assertFalse(StandardWebhookVerifier.verify(SECRET, "msg_other", TIMESTAMP, BODY, SIGNATURE));
        assertFalse(StandardWebhookVerifier.verify(SECRET, ID, "1614265331", BODY, SIGNATURE));
    }

    @Test
    void rejectsAnotherSecret() {
        assertFalse(StandardWebhookVerifier.verify("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ID, TIMESTAMP, BODY, SIGNATURE));
    }

    @Test
    void acceptsWhenAnyOfSeveralSignaturesMatches() {
        String rotated = "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= " + SIGNATURE + " v1a,c29tZXRoaW5nIGVsc2U=";
        assertTrue(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY, rotated));
        assertTrue(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY, "v1,not*base64 " + SIGNATURE));
    }

    @Test
    void rejectsWhenNoSignatureMatches() {
        assertFalse(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY,
                "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= v1,bm9wZQ=="));
        // the right bytes under another scheme name do not count
        assertFalse(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY, "v2," + SIGNATURE.substring(3)));
        assertFalse(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY, SIGNATURE.substring(3)));
        assertFalse(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY, ""));
        assertFalse(StandardWebhookVerifier.verify(SECRET, ID, TIMESTAMP, BODY, null));
    }

    @Test
    void refusesASecretThatIsNotBase64() {
        assertThrows(IllegalArgumentException.class,
                () -> StandardWebhookVerifier.verify("whsec_not*base64", ID, TIMESTAMP, BODY, SIGNATURE));
    }
}
