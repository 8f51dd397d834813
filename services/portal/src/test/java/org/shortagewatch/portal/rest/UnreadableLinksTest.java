package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * A hand-edited link: an id that is no id shows the portal's own not-found page (404, in the page's language), never a
 * blank one; a page number that does not read is page 1. The services do not run here, so a page that asks one
 * answers with the "cannot be reached" page: that it asked at all shows the link was read.
 */
@QuarkusTest
@TestProfile(ServicesAway.class)
class UnreadableLinksTest {

    private static final String NOT_FOUND_JA = "見つかりません。";

    @Test
    void anIdThatIsNoIdIsThePortalsNotFoundPage() {
        for (String path : new String[] {"/notices/abc", "/notices/abc/print", "/notices/%20"}) {
            given().get(path).then().statusCode(404)
                    .body(allOf(containsString("<html lang=\"ja\">"), containsString(NOT_FOUND_JA)));
        }
        given().header("Accept-Language", "en").get("/notices/abc").then().statusCode(404)
                .body(containsString("Not found."));
    }

    @Test
    @TestSecurity(user = "maker1", roles = "manufacturer")
    @OidcSecurity(claims = @Claim(key = "org", value = "M001"))
    void aSignedInPagesUnreadableIdIsTheNotFoundPageToo() {
        given().get("/maker/uploads/not-a-uuid").then().statusCode(404).body(containsString(NOT_FOUND_JA));
        given().get("/regulator/notices/not-a-uuid").then().statusCode(404).body(containsString(NOT_FOUND_JA));
        given().get("/regulator/notices/not-a-uuid/edit").then().statusCode(404).body(containsString(NOT_FOUND_JA));
    }

    @Test
    void anUnreadablePageNumberIsPageOne() {
        for (String page : new String[] {"abc", "1.5", "99999999999", "%20", "-1", "", "１"}) {
            given().urlEncodingEnabled(false).get("/products?q=%E3%82%A2&page=" + page).then().statusCode(503)
                    .body(containsString("サービスに接続できません"));
        }
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "M001"))
    void anOperatorsAndAManufacturersUnreadablePageNumberIsPageOne() {
        given().get("/maker/products?page=abc").then().statusCode(503);
        given().get("/maker/uploads?page=abc").then().statusCode(503);
        given().get("/admin/products?page=abc").then().statusCode(503);
        // each service's dead letters unreachable, listed on the page; a count that does not read is no banner
        given().get("/admin/dead-letters?redriven=abc").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("再投入しました")));
    }
}
