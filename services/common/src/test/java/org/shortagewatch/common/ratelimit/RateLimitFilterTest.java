package org.shortagewatch.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.security.Principal;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;

/** The filter's choices, without Quarkus; the 429 itself is tested in manufacturer-report's RateLimitTest. */
class RateLimitFilterTest {

    @Test
    void onlyWritesUnderApiCount() {
        for (String write : new String[] { "POST", "PUT", "PATCH", "DELETE", "post" }) {
            assertTrue(RateLimitFilter.applies(write, "/api/v1/status-changes"), write);
        }
        for (String read : new String[] { "GET", "HEAD", "OPTIONS" }) {
            assertFalse(RateLimitFilter.applies(read, "/api/v1/status-changes"), read);
        }
        assertFalse(RateLimitFilter.applies("POST", "/q/health"));
        assertFalse(RateLimitFilter.applies("POST", "/apiary"));
        assertFalse(RateLimitFilter.applies(null, "/api/v1/x"));
        assertFalse(RateLimitFilter.applies("POST", null));
    }

    @Test
    void anAuthenticatedCallerIsKeyedByItsOrganisation() {
        var identity = identity("alice", "M0001");
        assertEquals("org:M0001", RateLimitFilter.keyFor(identity, "192.0.2.1"));
    }

    @Test
    void anAuthenticatedCallerWithoutOrganisationIsKeyedByItsSubject() {
        var identity = identity("svc-1", null);
        assertEquals("subject:svc-1", RateLimitFilter.keyFor(identity, "192.0.2.1"));
    }

    @Test
    void anAnonymousCallerIsKeyedByAddress() {
        var anonymous = identity(null, null);
        assertEquals("ip:192.0.2.1", RateLimitFilter.keyFor(anonymous, "192.0.2.1"));
        assertEquals("ip:2001:db8::1", RateLimitFilter.keyFor(null, "2001:db8::1"));
    }

    /** A security identity as the filter sees it; anonymous when there is no subject. */
    static SecurityIdentity identity(String subject, String org) {
        Principal principal = subject == null ? null : () -> subject;
        return (SecurityIdentity) Proxy.newProxyInstance(SecurityIdentity.class.getClassLoader(),
                new Class<?>[] { SecurityIdentity.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "isAnonymous" -> subject == null;
                    case "getPrincipal" -> principal;
                    case "getAttribute" -> Caller.ORG_ATTRIBUTE.equals(args[0]) ? org : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
