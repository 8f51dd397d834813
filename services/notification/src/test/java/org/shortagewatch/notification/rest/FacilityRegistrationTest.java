package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * A facility registers itself and reads back what it registered; an administrator reads any facility, another
 * facility finds none (answered as not found, like a facility that does not exist).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class FacilityRegistrationTest {

    static RequestSpecification as(String role, String org) {
        return given().header("Authorization", TestTokens.bearer(role, org));
    }

    static void assertRegistered(ValidatableResponse answer, String code) {
        answer.statusCode(200)
                .body("code", equalTo(code))
                .body("kind", equalTo("PHARMACY"))
                .body("prefectureCode", equalTo("13"))
                .body("name", equalTo("さくら薬局 本店"))
                .body("email", equalTo("info@sakura-pharmacy.example.jp"))
                .body("contacts[0].name", equalTo("薬局長"))
                .body("quietStart", startsWith("22:00"))
                .body("quietEnd", startsWith("07:00"))
                .body("digest", equalTo(true));
    }

    @Test
    void aFacilityReadsWhatItRegisteredAndNoOtherFacilityCan() {
        String code = MatchingTest.facility();
        assertRegistered(as(Roles.FACILITY, code).contentType(ContentType.JSON)
                .body("""
                        {"kind":"PHARMACY","name":"さくら薬局 本店","email":"info@sakura-pharmacy.example.jp",
                         "contacts":[{"name":"薬局長","email":"kyoku@sakura-pharmacy.example.jp"}],
                         "quietStart":"22:00","quietEnd":"07:00","digest":true}""")
                .when().put("/api/v1/facilities/{code}", code).then(), code);

        assertRegistered(as(Roles.FACILITY, code).when().get("/api/v1/facilities/{code}", code).then(), code);
        assertRegistered(as(Roles.ADMIN, "ops").when().get("/api/v1/facilities/{code}", code).then(), code);
        as(Roles.FACILITY, MatchingTest.facility()).when().get("/api/v1/facilities/{code}", code)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
