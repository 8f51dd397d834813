package org.shortagewatch.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** Who is signed in, as the pages name them: to the services (a notice's drafter). */
@QuarkusTest
class PageContextTest {

    @Inject
    PageContext ctx;

    @Test
    @TestSecurity(user = "f3b1c2d4", roles = "regulator")
    @OidcSecurity(claims = {@Claim(key = "preferred_username", value = "regulator"), @Claim(key = "sub", value = "f3b1c2d4")})
    void theUserIsNamedAsTheServicesNameTheirCaller() {
        assertEquals("regulator", ctx.subject(), "preferred_username before sub, as MicroProfile JWT names a principal");
    }

    @Test
    @TestSecurity(user = "f3b1c2d4", roles = "regulator")
    @OidcSecurity(claims = {@Claim(key = "upn", value = "naoko.watanabe@mhlw.example"),
            @Claim(key = "preferred_username", value = "regulator")})
    void aUserPrincipalNameComesFirst() {
        assertEquals("naoko.watanabe@mhlw.example", ctx.subject());
    }

    @Test
    void noOneIsSignedIn() {
        assertNull(ctx.subject());
    }
}
