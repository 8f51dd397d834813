package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;
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

    @Test
    void aBadRowOfAnUploadIsExplainedInJapaneseByDefaultAndInEnglishWhenAskedFor() {
        String formulary = "YJコード,品名\n2456001F1310,アムロジピン錠\n2456001,途中まで\n";
        asFacility().contentType("text/csv; charset=UTF-8").body(formulary)
                .when().post("/api/v1/facilities/{code}/formulary", FACILITY)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "ja")
                .body("detail", equalTo(YjCodes.FORMAT_HINT_JA))
                .body("errors[0].field", equalTo("formulary[line 3]"))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("YJコード"))
                .body("errors[0].detail", equalTo("2456001F1310 のような 12 文字の YJ コードにしてください"));
        asFacility().header("Accept-Language", "en").contentType("text/csv; charset=UTF-8").body(formulary)
                .when().post("/api/v1/facilities/{code}/formulary", FACILITY)
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("detail", equalTo("must be a 12-character YJ code such as 2456001F1310"))
                .body("errors[0].field", equalTo("formulary[line 3]"))
                .body("errors[0].detail", equalTo("must be a 12-character YJ code such as 2456001F1310"));
    }

    @Test
    void aYjCodeOfTheWrongFormIsRefusedByBeanValidationInTheCallersLanguage() {
        String body = "{\"facilityCode\":\"" + FACILITY + "\",\"yjCode\":\"2456001\",\"channels\":[\"INBOX\"]}";
        asFacility().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("errors.find { it.field == 'yjCode' }.detail",
                        equalTo("2456001F1310 のような 12 文字の YJ コードにしてください"));
        asFacility().header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("errors.find { it.field == 'yjCode' }.detail",
                        equalTo("must be a 12-character YJ code such as 2456001F1310"));
    }

    @Test
    void aFacilityCodeOfTheWrongFormIsRefusedInJapaneseByDefault() {
        String body = "{\"facilityCode\":\"12345\",\"yjCode\":\"2456001F1310\",\"channels\":[\"INBOX\"]}";
        asFacility().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("errors.find { it.field == 'facilityCode' }.detail", equalTo(FacilityCodes.FORMAT_HINT_JA));
        asFacility().header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/subscriptions")
                .then().statusCode(400)
                .body("errors.find { it.field == 'facilityCode' }.detail", equalTo(FacilityCodes.FORMAT_HINT));
    }
}
