package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A refusal reads in Japanese unless the caller asks for English: the detail of the problem and of the field to
 * blame alike.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class RefusalLanguageTest {

    static final String FACILITY = FacilityCodes.withCheckDigit("134990021");
    static final String BAD_INGREDIENT = "{\"facilityCode\":\"" + FACILITY
            + "\",\"kind\":\"INGREDIENT\",\"target\":\"24560\",\"channels\":[\"INBOX\"]}";

    static RequestSpecification asFacility() {
        return given().header("Authorization", TestTokens.bearer(Roles.FACILITY, FACILITY));
    }

    @Test
    void aBadTargetIsRefusedInJapaneseByDefault() {
        String ja = "7 桁の成分キー（YJ コードの先頭 7 文字）にしてください";
        asFacility().contentType(ContentType.JSON).body(BAD_INGREDIENT)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(ja))
                .body("errors[0].field", equalTo("target"))
                .body("errors[0].detail", equalTo(ja));
    }

    @Test
    void theSameRefusalIsInEnglishWhenAskedFor() {
        String en = "must be a 7-digit ingredient key (the first 7 characters of a YJ code)";
        asFacility().header("Accept-Language", "en").contentType(ContentType.JSON).body(BAD_INGREDIENT)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(en))
                .body("errors[0].field", equalTo("target"))
                .body("errors[0].detail", equalTo(en));
    }
}
