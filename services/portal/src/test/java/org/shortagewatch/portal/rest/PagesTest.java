package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * What the portal does on its own, without the services: Japanese first, English by choice or Accept-Language, the
 * assets served, the server time of every page, signed-in pages closed (a facility's, a manufacturer's, a
 * wholesaler's, the regulator's and the operator's). The pages with the services' data, and signing in through
 * Keycloak, are tested on the whole system (deploy/local's PortalPagesTest, AdminPagesTest, WholesalerPagesTest,
 * RegulatorPagesTest, RegulatorNoticePagesTest and the journeys).
 */
@QuarkusTest
class PagesTest {

    static {
        RestAssured.config = RestAssured.config().redirect(
                io.restassured.config.RedirectConfig.redirectConfig().followRedirects(false));
    }

    @Test
    void theLayoutIsJapaneseFirstWithSkipLinkLanguageSwitchAndSignIn() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"ja\">"), containsString("<title>ホーム | Shortage Watch</title>"),
                        containsString("<a class=\"skip\" href=\"#main\">本文へ移動</a>"),
                        containsString("<main id=\"main\""), containsString("href=\"/lang/en?back=%2F\" lang=\"en\" hreflang=\"en\" hx-boost=\"false\""),
                        containsString(">ログイン</a>"), containsString("<label for=\"q\">"),
                        containsString("/webjars/htmx.org/2.0.10/dist/htmx.min.js")));
    }

    @Test
    void englishByAcceptLanguageByTheQueryAndByTheRememberedChoice() {
        given().header("Accept-Language", "en-US,en;q=0.8").get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\">"), containsString(">Sign in</a>"),
                        containsString("Skip to content")));
        given().header("Accept-Language", "en-US").get("/?lang=ja").then().body(containsString("<html lang=\"ja\">"));
        given().cookie("lang", "en").get("/").then().body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "de-DE").get("/").then().body(containsString("<html lang=\"ja\">"));
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndReturnsOnlyWithinTheSite() {
        given().get("/lang/en?back=/products?q=x").then().statusCode(303)
                .header("Location", endsWith("/products?q=x")).cookie("lang", "en");
        given().get("/lang/en?back=//evil.example/").then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void everyPageSaysHowLongTheServerTookToMakeIt() {
        given().get("/").then().statusCode(200).header("Server-Timing", org.hamcrest.Matchers.matchesPattern("page;dur=[0-9]+\\.[0-9]"));
    }

    @Test
    void assetsAreServedFromTheWebjars() {
        given().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").then().statusCode(200);
        given().get("/webjars/echarts/5.5.0/echarts.min.js").then().statusCode(200);
        given().get("/static/portal.css").then().statusCode(200);
        given().get("/static/portal.js").then().statusCode(200);
    }

    @Test
    void signedInPagesAreClosedWithoutSignIn() {
        // the tests run without an identity provider (tenant disabled): a real one redirects to its login page
        given().get("/me/alerts").then().statusCode(equalTo(401));
        given().get("/me/watchlist").then().statusCode(401);
        given().get("/me").then().statusCode(401);
        given().get("/login").then().statusCode(401);
        // a notice is public; acknowledging it is a signed-in facility's
        given().post("/notices/00000000-0000-0000-0000-000000000000/acknowledgement").then().statusCode(401);
    }

    @Test
    void aManufacturersPagesAreClosedWithoutSignIn() {
        given().get("/maker/products").then().statusCode(401);
        given().get("/maker/products/2223001F1050/report").then().statusCode(401);
        given().get("/maker/uploads").then().statusCode(401);
        given().get("/maker/uploads/00000000-0000-0000-0000-000000000000/progress").then().statusCode(401);
        given().get("/maker/history").then().statusCode(401);
        given().get("/maker/scorecard").then().statusCode(401);
        given().get("/maker/api-keys").then().statusCode(401);
    }

    @Test
    void theRegulatorsNoticePagesAreClosedWithoutSignIn() {
        given().get("/regulator/notices").then().statusCode(401);
        given().get("/regulator/notices/new").then().statusCode(401);
        given().contentType("application/x-www-form-urlencoded").formParam("title", "x")
                .post("/regulator/notices/preview").then().statusCode(401);
        given().get("/regulator/notices/00000000-0000-0000-0000-000000000000/reach").then().statusCode(401);
    }

    @Test
    void theRegulatorsDashboardAndMapAreClosedWithoutSignIn() {
        given().get("/regulator/dashboard").then().statusCode(401);
        given().get("/regulator/map").then().statusCode(401);
    }

    @Test
    void theOperatorsPagesAreClosedWithoutSignIn() {
        for (String path : new String[] {"/admin", "/admin/products", "/admin/products/2223001F1050",
                "/admin/facilities", "/admin/audit", "/admin/audit/report", "/admin/dead-letters"}) {
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    void theOperatorsWholesalerPagesAreClosedWithoutSignIn() {
        for (String path : new String[] {"/admin/wholesalers", "/admin/wholesalers/new",
                "/admin/wholesalers/WHS001/rename"}) {
            given().get(path).then().statusCode(401);
        }
        given().contentType("application/x-www-form-urlencoded").formParam("code", "WHS009").formParam("name", "x")
                .post("/admin/wholesalers").then().statusCode(401);
    }

    @Test
    void aWholesalersPagesAreClosedWithoutSignIn() {
        for (String path : new String[] {"/wholesaler/uploads", "/wholesaler/findings", "/wholesaler/allocations",
                "/wholesaler/map/2223001"}) {
            given().get(path).then().statusCode(401);
        }
    }
}
