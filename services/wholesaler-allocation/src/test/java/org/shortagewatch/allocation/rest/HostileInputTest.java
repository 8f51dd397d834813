package org.shortagewatch.allocation.rest;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.infra.hostile.HostileSuite;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Every bad input refused: hostile requests generated from this service's OpenAPI document against every write
 * operation, each answered 4xx problem+json naming the field, and nothing stored or published
 * ({@link HostileSuite}).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class HostileInputTest {

    /** Organisations of the suite's own, so no other test's rate limit counts. */
    static final String WHOLESALER = "HOSTILE-WHS1";
    static final String RECORDER = "HOSTILE-WHS2";
    static final String STRANGER = "HOSTILE-WHS9";
    static final String FACILITY = FacilityCodes.withCheckDigit("474990001");
    static final String OTHER_FACILITY = FacilityCodes.withCheckDigit("474990002");

    @TestFactory
    Stream<DynamicNode> everyBadInputIsRefused() {
        String apiKey = given().header("Authorization", wholesaler(WHOLESALER)).contentType(ContentType.JSON)
                .body("{\"name\":\"hostile-suite\"}").when().post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("id");
        return HostileSuite.of(URI.create("http://localhost:" + RestAssured.port), Map.of(
                        "POST /api/v1/wholesalers/{wholesalerCode}/{kind}", wholesaler(RECORDER),
                        "PUT /api/v1/wholesalers/{wholesalerCode}/supply/{yj}", wholesaler(WHOLESALER),
                        "POST /api/v1/cannot-obtain-reports", TestTokens.bearer(Roles.FACILITY, FACILITY),
                        "POST /api/v1/admin/recomputations/{ingredientKey}", TestTokens.bearer(Roles.ADMIN, "HOSTILE-OPS"),
                        "PUT /api/v1/wholesalers/{code}", TestTokens.bearer(Roles.ADMIN, "HOSTILE-OPS2"),
                        "POST /api/v1/api-keys", wholesaler("HOSTILE-WHS5"),
                        "DELETE /api/v1/api-keys/{id}", wholesaler(WHOLESALER),
                        "POST /api/v1/dead-letters/{topic}/redrive", TestTokens.bearer(Roles.ADMIN, "HOSTILE-OPS")))
                .objectOf("POST /api/v1/wholesalers/{wholesalerCode}/{kind}",
                        Map.of("wholesalerCode", RECORDER, "kind", "orders"), wholesaler(STRANGER))
                .objectOf("PUT /api/v1/wholesalers/{wholesalerCode}/supply/{yj}",
                        Map.of("wholesalerCode", WHOLESALER, "yj", "2456001F1310"), wholesaler(STRANGER))
                .baseBody("POST /api/v1/cannot-obtain-reports", "{\"facilityCode\":\"" + FACILITY + "\"}")
                .otherOrganisation("POST /api/v1/cannot-obtain-reports", TestTokens.bearer(Roles.FACILITY, OTHER_FACILITY))
                .objectOf("DELETE /api/v1/api-keys/{id}", Map.of("id", apiKey), wholesaler(STRANGER))
                .tests();
    }

    private static String wholesaler(String org) {
        return TestTokens.bearer(Roles.WHOLESALER, org);
    }
}
