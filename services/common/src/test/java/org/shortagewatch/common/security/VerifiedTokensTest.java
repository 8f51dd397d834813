package org.shortagewatch.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Map<String, Integer> verifications = new HashMap<>();

    /** A verification that accepts tokens named "good-<exp>" and refuses every other. */
    private final VerifiedTokens.Verification verifier = token -> {
        verifications.merge(token, 1, Integer::sum);
        if (!token.startsWith("good-")) {
            throw new ParseException("bad signature");
        }
        return jwt(Long.parseLong(token.substring(5)));
    };

    private static JsonWebToken jwt(long exp) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String name) {
                return "exp".equals(name) ? (T) Long.valueOf(exp) : null;
            }
        };
    }

    private VerifiedTokens cache(Duration ttl) {
        return new VerifiedTokens(verifier, ttl, 100, now::get);
    }

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() throws Exception {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60));
        String token = "good-" + (now.get() + 3600);
        JsonWebToken first = tokens.parse(token);
        assertSame(first, tokens.parse(token));
        assertSame(first, tokens.parse(token));
        assertEquals(1, verifications.get(token));
    }

    @Test
    void aTokenPastItsExpiryIsVerifiedAgainNeverServedFromMemory() throws Exception {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60));
        String token = "good-" + (now.get() + 30);
        tokens.parse(token);
        now.addAndGet(31);
        tokens.parse(token);
        assertEquals(2, verifications.get(token));
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        VerifiedTokens tokens = cache(Duration.ofSeconds(60));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(2, verifications.get("forged"));
        assertEquals(0, tokens.size());
    }

    @Test
    void aZeroLifetimeTurnsTheCacheOff() throws Exception {
        VerifiedTokens tokens = cache(Duration.ZERO);
        String token = "good-" + (now.get() + 3600);
        tokens.parse(token);
        tokens.parse(token);
        assertEquals(2, verifications.get(token));
    }
}
