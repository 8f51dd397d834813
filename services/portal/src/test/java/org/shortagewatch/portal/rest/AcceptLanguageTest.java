package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A browser's (or a crawler's) Accept-Language that does not read is ignored, never a blank 400: the page in
 * Japanese, or in what the valid entries ask for.
 */
@QuarkusTest
@TestProfile(ServicesAway.class)
class AcceptLanguageTest {

    @Test
    void aMalformedAcceptLanguageIsIgnoredAndThePageRendersInJapanese() {
        for (String header : new String[] {"en;q=abc", "en;q=2", "en;q=", "en;q=0.1234", "en;q=1e-1", "en;level=1",
                ";;,", "*;q=x"}) {
            given().header("Accept-Language", header).get("/").then().statusCode(200)
                    .body(containsString("<html lang=\"ja\">"));
            // the notices need notification, which the tests do not run: its "unavailable" page, in Japanese
            given().header("Accept-Language", header).get("/notices").then().statusCode(503)
                    .body(containsString("<html lang=\"ja\">"));
        }
    }

    @Test
    void theValidEntriesOfAPartlyMalformedHeaderStillCount() {
        given().header("Accept-Language", "fr;q=abc, en;q=0.5").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "ja;q=0.1, en;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
    }
}
