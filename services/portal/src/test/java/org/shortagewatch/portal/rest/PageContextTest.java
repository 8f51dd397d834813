package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * Who is signed in, as the pages name them: to the user (family name first on Japanese pages) and to the services (a
 * notice's drafter). Signed in as test identities with the claims Keycloak's tokens carry.
 */
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
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = {@Claim(key = "name", value = "美咲 田中"), @Claim(key = "given_name", value = "美咲"),
            @Claim(key = "family_name", value = "田中"), @Claim(key = "preferred_username", value = "pharmacy")})
    void aJapanesePageNamesTheUserFamilyNameFirst() {
        given().get("/").then().statusCode(200).body(containsString("田中 美咲"));
        given().header("Accept-Language", "en").get("/").then().statusCode(200).body(containsString("美咲 田中"));
    }

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = {@Claim(key = "name", value = "美咲"), @Claim(key = "given_name", value = "美咲"),
            @Claim(key = "preferred_username", value = "pharmacy")})
    void withoutBothNamesTheNameClaimThenTheUsername() {
        given().get("/").then().statusCode(200).body(containsString(">ログイン中：美咲<"));
    }

    @Test
    @TestSecurity(user = "f3b1c2d4", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "pharmacy"))
    void withoutANameTheUsername() {
        given().get("/").then().statusCode(200).body(containsString(">ログイン中：pharmacy<"));
    }

    @Test
    void noOneIsSignedIn() {
        assertNull(ctx.subject());
    }
}
