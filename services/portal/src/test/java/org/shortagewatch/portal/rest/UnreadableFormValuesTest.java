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
 * A form value that does not read is refused beside its field, naming what was typed, in the page's language, with
 * the form as typed, and nothing is sent: 400 here, where anything sent would meet a service that cannot be reached
 * (503). Full-width digits and colons are read as their ASCII, and sent.
 */
@QuarkusTest
@TestProfile(ServicesAway.class)
class UnreadableFormValuesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "org", value = "1341234563"))
    void aCannotObtainReportOnADayThatIsNoDayIsRefusedBesideTheDayAsTyped() {
        given().contentType(FORM).formParam("yjCode", "2233002R2020").formParam("date", "2026-02-30")
                .formParam("note", "3社に確認").post("/me/quotas").then().statusCode(400)
                .body(allOf(containsString("id=\"err-date\""), containsString("「2026-02-30」は日付として読めません"),
                        containsString("value=\"2026-02-30\""), containsString("value=\"3社に確認\""),
                        containsString("value=\"2233002R2020\"")));
        given().header("Accept-Language", "en").contentType(FORM).formParam("yjCode", "2233002R2020")
                .formParam("date", "30 Feb").post("/me/quotas").then().statusCode(400)
                .body(containsString("&#39;30 Feb&#39; is not a date"));
        given().contentType(FORM).formParam("yjCode", "2233002R2020").formParam("date", "２０２６－０３－３１")
                .post("/me/quotas").then().statusCode(503);
    }

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "org", value = "1341234563"))
    void aQuietHourThatIsNoTimeIsRefusedAndAFullWidthOneIsRead() {
        given().contentType(FORM).formParam("kind", "PHARMACY").formParam("name", "みどり薬局")
                .formParam("quietStart", "25:00").formParam("quietEnd", "07:00").post("/me").then().statusCode(400)
                .body(allOf(containsString("id=\"err-quietStart\""), containsString("「25:00」は時刻として読めません"),
                        containsString("value=\"25:00\""), containsString("value=\"07:00\""),
                        containsString("value=\"みどり薬局\"")));
        given().contentType(FORM).formParam("kind", "PHARMACY").formParam("name", "みどり薬局")
                .formParam("quietStart", "２２：００").formParam("quietEnd", "０７：００").post("/me").then()
                .statusCode(503);
    }

    @Test
    @TestSecurity(user = "maker1", roles = "manufacturer")
    @OidcSecurity(claims = @Claim(key = "org", value = "M001"))
    void anApiKeysDaysThatAreNoNumberAreRefusedAndNoKeyIsMade() {
        for (String days : new String[] {"abc", "9999999999", "1.5"}) {
            given().contentType(FORM).formParam("name", "基幹システム").formParam("expiresInDays", days)
                    .post("/maker/api-keys").then().statusCode(400);
        }
        given().contentType(FORM).formParam("name", "基幹システム").formParam("expiresInDays", "３０")
                .post("/maker/api-keys").then().statusCode(503);
    }
}
