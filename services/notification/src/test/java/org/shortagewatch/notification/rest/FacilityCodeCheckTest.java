package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Wherever a facility code enters notification (a subscription, a facility registered alone or in bulk, a
 * formulary), it is checked in full, check digit included, like everywhere else ({@link FacilityCodes}): a code of
 * the right form with a wrong check digit is answered 400 problem+json naming the field, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class FacilityCodeCheckTest {

    /** A Tokyo pharmacy's code of the right form whose check digit is wrong (the right one is 3). */
    static final String WRONG_CHECK_DIGIT = "1341234567";
    /** Another one, for the bulk file: the right form, check digit off by one. */
    static final String WRONG_IN_FILE = wrongCheckDigit("274765432");

    static String wrongCheckDigit(String nine) {
        return nine + (FacilityCodes.checkDigit(nine) + 1) % 10;
    }

    static RequestSpecification as(String role, String org) {
        return given().header("Authorization", TestTokens.bearer(role, org));
    }

    @Test
    void aSubscriptionForACodeWithAWrongCheckDigitIsRefusedNamingFacilityCode() throws Exception {
        String body = "{\"facilityCode\":\"" + WRONG_CHECK_DIGIT
                + "\",\"kind\":\"INGREDIENT\",\"target\":\"2456001\",\"channels\":[\"INBOX\"]}";
        // refused as invalid both for an admin and for a token that claims the code itself
        for (RequestSpecification caller : new RequestSpecification[] {as(Roles.ADMIN, "ops"),
                as(Roles.FACILITY, WRONG_CHECK_DIGIT)}) {
            caller.header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/subscriptions")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("facilityCode"))
                    .body("errors[0].pointer", equalTo("#/facilityCode"))
                    .body("errors[0].detail", containsString("fails its check digit: check the code"));
        }
        assertEquals(0, TestDatabase.count("select count(*) from subscription where facility_code = ?", WRONG_CHECK_DIGIT));
    }

    @Test
    void aFacilityWithAWrongCheckDigitIsNotRegisteredNorGivenAFormulary() throws Exception {
        as(Roles.ADMIN, "ops").header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"kind\":\"PHARMACY\",\"name\":\"検証番号違い薬局\"}")
                .when().put("/api/v1/facilities/{code}", WRONG_CHECK_DIGIT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].detail", containsString("check digit"));
        as(Roles.ADMIN, "ops").contentType("text/csv").body("2456001F1310\n")
                .when().post("/api/v1/facilities/{code}/formulary", WRONG_CHECK_DIGIT)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
        assertEquals(0, TestDatabase.count("select count(*) from facility where code = ?", WRONG_CHECK_DIGIT));
        assertEquals(0, TestDatabase.count("select count(*) from subscription where facility_code = ?", WRONG_CHECK_DIGIT));
    }

    @Test
    void aBulkFileWithOneWrongCheckDigitIsRefusedNamingItsLine() throws Exception {
        String good = FacilityCodes.withCheckDigit("274765431");
        String csv = "code,kind,name,email\n" + good + ",PHARMACY,良い薬局,\n" + WRONG_IN_FILE + ",PHARMACY,悪い薬局,\n";
        as(Roles.ADMIN, "ops").header("Accept-Language", "en").contentType("text/csv").body(csv)
                .when().post("/api/v1/facilities/bulk")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("facilities[line 3]"))
                .body("errors[0].detail", containsString("check digit"));
        assertEquals(0, TestDatabase.count("select count(*) from facility where code in (?, ?)", good, WRONG_IN_FILE),
                "a bad row refuses the whole file");

        as(Roles.ADMIN, "ops").contentType("text/csv").body("code,kind,name,email\n" + good + ",PHARMACY,良い薬局,\n")
                .when().post("/api/v1/facilities/bulk")
                .then().statusCode(200).body("registered", equalTo(1));
    }
}
