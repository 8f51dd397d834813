package org.shortagewatch.notification.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.notification.rest.FacilityCodeCheckTest.as;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A facility registers itself and reads back what it registered; an administrator reads any facility, another
 * facility finds none (answered as not found, like a facility that does not exist).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class FacilityRegistrationTest {

    /** What the facility registers. */
    static final String REGISTRATION = """
            {"kind":"PHARMACY","name":"さくら薬局 本店","email":"info@sakura-pharmacy.example.jp",
             "contacts":[{"name":"薬局長","email":"kyoku@sakura-pharmacy.example.jp"}],
             "quietStart":"22:00","quietEnd":"07:00","digest":true}""";

    /** The facility {@code code} as registered, in Tokyo (prefecture 13, from its code); quiet hours may add seconds. */
    static void assertRegistered(ValidatableResponse answer, String code) {
        JsonPath registered = JsonPath.from(REGISTRATION);
        JsonPath read = answer.statusCode(200).extract().jsonPath();
        assertEquals(code, read.getString("code"));
        assertEquals("13", read.getString("prefectureCode"));
        for (String field : List.of("kind", "name", "email", "contacts[0].name", "digest")) {
            assertEquals(registered.<Object>get(field), read.get(field), field);
        }
        for (String field : List.of("quietStart", "quietEnd")) {
            assertTrue(read.getString(field).startsWith(registered.getString(field)), field);
        }
    }

    @Test
    void aFacilityReadsWhatItRegisteredAndNoOtherFacilityCan() {
        String code = MatchingTest.facility();
        assertRegistered(as(Roles.FACILITY, code).contentType(ContentType.JSON).body(REGISTRATION)
                .when().put("/api/v1/facilities/{code}", code).then(), code);

        assertRegistered(as(Roles.FACILITY, code).when().get("/api/v1/facilities/{code}", code).then(), code);
        assertRegistered(as(Roles.ADMIN, "ops").when().get("/api/v1/facilities/{code}", code).then(), code);
        as(Roles.FACILITY, MatchingTest.facility()).when().get("/api/v1/facilities/{code}", code)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
