package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakServer;

import io.restassured.http.ContentType;

/**
 * A signed-in user's session outlives its tokens: the portal renews them with the refresh token when the ID token has
 * expired (quarkus.oidc.token.refresh-expired), also while several of the user's pages are being served at once (a
 * browser opens tabs and loads a page's frames side by side). For this test the portal's tokens live a few seconds
 * (the portal client's access token lifespan in Keycloak, which the ID token follows), so the pages asked for during
 * it meet several renewals; every one of them is answered, none with an error.
 */
@ExtendWith(PortalSystem.class)
class SessionRenewalTest {

    private static final int TOKEN_SECONDS = 8;
    private static final Duration ASKING = Duration.ofSeconds(30);
    private static final int AT_ONCE = 6;
    private static final List<String> PAGES = List.of("/me/quotas", "/me/alerts", "/me/watchlist", "/me");

    @Test
    void pagesAskedForAtOnceWhileTheTokensAreRenewedAreAllServed() throws Exception {
        KeycloakServer keycloak = PortalSystem.stack().keycloak();
        String client = portalClient(keycloak);
        lifespan(keycloak, client, String.valueOf(TOKEN_SECONDS));
        try {
            PortalSession pharmacy = new PortalSession(PortalSystem.portal());
            PortalPagesTest.page(pharmacy.signIn(DemoRealm.PHARMACY, "/me/quotas"), 200);
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            AtomicInteger served = new AtomicInteger();
            long until = System.nanoTime() + ASKING.toNanos();
            ExecutorService tabs = Executors.newFixedThreadPool(AT_ONCE);
            for (int t = 0; t < AT_ONCE; t++) {
                int tab = t;
                tabs.submit(() -> {
                    for (int i = tab; System.nanoTime() < until; i++) {
                        String path = PAGES.get(i % PAGES.size());
                        HttpResponse<String> answer = pharmacy.get(path);
                        if (answer.statusCode() == 200 && answer.uri().getPath().equals(path)) {
                            served.incrementAndGet();
                        } else {
                            failures.add(path + " answered " + answer.statusCode() + " at " + answer.uri());
                        }
                    }
                });
            }
            tabs.shutdown();
            assertTrue(tabs.awaitTermination(ASKING.toSeconds() + 60, TimeUnit.SECONDS), "the pages were answered");
            assertEquals(List.of(), List.copyOf(failures), "every page of the session is served across its renewals ("
                    + served.get() + " were)");
            assertTrue(served.get() > ASKING.toSeconds() / TOKEN_SECONDS, "pages were asked for across renewals");
        } finally {
            lifespan(keycloak, client, "");
        }
        given().auth().oauth2(keycloak.adminToken()).get(clients(keycloak) + "/" + client).then().statusCode(200)
                .body("attributes", not(hasKey("access.token.lifespan")));
    }

    /** The portal client's id in Keycloak's admin API. */
    private static String portalClient(KeycloakServer keycloak) {
        return given().auth().oauth2(keycloak.adminToken()).queryParam("clientId", "portal")
                .get(clients(keycloak))
                .then().statusCode(200).extract().path("[0].id");
    }

    /** Sets the portal client's access token lifespan in seconds; empty: the realm's again (the attribute removed). */
    private static void lifespan(KeycloakServer keycloak, String client, String seconds) {
        given().auth().oauth2(keycloak.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("attributes", Map.of("access.token.lifespan", seconds)))
                .put(clients(keycloak) + "/" + client)
                .then().statusCode(204);
    }

    private static String clients(KeycloakServer keycloak) {
        return keycloak.baseUrl() + "/admin/realms/" + DemoRealm.NAME + "/clients";
    }
}
