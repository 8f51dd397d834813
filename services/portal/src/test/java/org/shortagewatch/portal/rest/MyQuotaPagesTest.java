package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * A pharmacy's quotas page when the allocation service cannot be reached at all (its address answers nothing), signed
 * in as a test identity. With the services up, the pages are tested on the whole system (deploy/local's
 * PortalPagesTest).
 */
@QuarkusTest
@TestProfile(ServicesAway.class)
class MyQuotaPagesTest {

    static final String YJ = "2233002R2020";
    static final String FACILITY = "1341234563";

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "org", value = FACILITY))
    void quotasSayWhenTheAllocationServiceIsAwayAndTheReportFormStays() {
        given().get("/me/quotas?yj=" + YJ).then().statusCode(200)
                .body(allOf(containsString("サービスに接続できません"), containsString("<label for=\"yjCode\">"),
                        containsString("value=\"" + YJ + "\"")));
        given().contentType("application/x-www-form-urlencoded").formParam("yjCode", YJ)
                .post("/me/quotas").then().statusCode(503).body(containsString("サービスに接続できません"));
    }
}
