package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;

/**
 * With the OIDC tenant on (against the discovery document {@link FakeServices} serves): a signed-in page sends an
 * anonymous visitor to the provider's authorization endpoint, with the portal client, PKCE and the way back; public
 * pages stay open.
 */
@QuarkusTest
@TestProfile(SignInRedirectTest.WithProvider.class)
@WithTestResource(FakeServices.class)
class SignInRedirectTest {

    /** The tenant enabled, its issuer the fake provider's (whose port the resource sets through the URL below). */
    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${quarkus.rest-client.report.url}/realms/test",
                    "quarkus.oidc.discovery-enabled", "true");
        }
    }

    @Test
    void aSignedInPageSendsAnAnonymousVisitorToTheProvider() {
        RestAssured.config = RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));
        given().get("/me/alerts").then().statusCode(302)
                .header("Location", allOf(startsWith("http://127.0.0.1:"), containsString("/realms/test/auth?"),
                        containsString("client_id=portal"), containsString("response_type=code"),
                        containsString("code_challenge_method=S256"),
                        containsString("redirect_uri=http%3A%2F%2Flocalhost%3A")));
        given().get("/login").then().statusCode(302).header("Location", containsString("/realms/test/auth?"));
        given().get("/").then().statusCode(200).body(containsString("ログイン"));
    }
}
