package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class HostileInputTest {

    /** Organisations of the suite's own, so no other test's rate limit counts. */
    static final String FACILITY = FacilityCodes.withCheckDigit("134990001");
    static final String OTHER_FACILITY = FacilityCodes.withCheckDigit("134990002");
    static final String WHOLESALER = "HOSTILE-WHS1";
    static final String SUBSCRIPTION = "{\"facilityCode\":\"" + FACILITY + "\",\"yjCode\":\"2456001F1310\","
            + "\"channels\":[\"INBOX\"]}";

    @TestFactory
    Stream<DynamicNode> everyBadInputIsRefused() {
        String draft = given().header("Authorization", regulator("HOSTILE-MHLW0")).contentType(ContentType.JSON)
                .body("{\"addressees\":[\"各都道府県衛生主管部（局）御中\"],\"title\":\"協力依頼\",\"background\":\"背景\","
                        + "\"requests\":[\"在庫の確認\"],\"targetProducts\":[{\"yjCode\":\"2249001F1013\"}],"
                        + "\"consultationDesk\":\"厚生労働省\"}")
                .when().post("/api/v1/notices").then().statusCode(201).extract().path("id");
        String subscription = given().header("Authorization", facility(FACILITY)).contentType(ContentType.JSON)
                .body(SUBSCRIPTION).when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        String apiKey = given().header("Authorization", wholesaler(WHOLESALER)).contentType(ContentType.JSON)
                .body("{\"name\":\"hostile-suite\"}").when().post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("id");
        String nobodysNotice = UUID.randomUUID().toString();
        Map<String, String> tokens = new java.util.HashMap<>();
        tokens.put("POST /api/v1/notices", regulator("HOSTILE-MHLW1"));
        tokens.put("PUT /api/v1/notices/{id}", regulator("HOSTILE-MHLW2"));
        tokens.put("POST /api/v1/notices/rendering", regulator("HOSTILE-MHLW4"));
        for (String step : new String[] {"review-request", "approval", "send-back", "publication", "withdrawal",
                "follow-up"}) {
            tokens.put("POST /api/v1/notices/{id}/" + step, regulator("HOSTILE-MHLW3"));
        }
        tokens.put("POST /api/v1/notices/{id}/acknowledgement", wholesaler("HOSTILE-WHS2"));
        tokens.put("POST /api/v1/subscriptions", facility(FACILITY));
        List<String> subscriptionOperations = List.of("DELETE /api/v1/subscriptions/{id}",
                "POST /api/v1/subscriptions/{id}/secret", "POST /api/v1/subscriptions/{id}/preferences",
                "POST /api/v1/subscriptions/{id}/pause", "POST /api/v1/subscriptions/{id}/resumption");
        subscriptionOperations.forEach(operation -> tokens.put(operation, facility(FACILITY)));
        tokens.put("PUT /api/v1/facilities/{code}", facility(OTHER_FACILITY));
        tokens.put("POST /api/v1/facilities/{code}/formulary", facility(OTHER_FACILITY));
        tokens.put("POST /api/v1/facilities/bulk", TestTokens.bearer(Roles.ADMIN, "HOSTILE-OPS"));
        tokens.put("POST /api/v1/inbox/{recipient}/{id}/read", facility(OTHER_FACILITY));
        tokens.put("POST /api/v1/inbox/{recipient}/{id}/acknowledgement", facility(OTHER_FACILITY));
        tokens.put("POST /api/v1/api-keys", wholesaler("HOSTILE-WHS5"));
        tokens.put("DELETE /api/v1/api-keys/{id}", wholesaler(WHOLESALER));
        tokens.put("POST /api/v1/dead-letters/{topic}/redrive", TestTokens.bearer(Roles.ADMIN, "HOSTILE-OPS"));
        HostileSuite suite = HostileSuite.of(URI.create("http://localhost:" + RestAssured.port), tokens)
                .pathValues("PUT /api/v1/notices/{id}", Map.of("id", draft))
                .pathValues("POST /api/v1/notices/{id}/withdrawal", Map.of("id", draft))
                .baseBody("POST /api/v1/subscriptions", SUBSCRIPTION)
                .objectOf("PUT /api/v1/facilities/{code}", Map.of("code", OTHER_FACILITY), facility(FACILITY))
                .pathValues("POST /api/v1/facilities/{code}/formulary", Map.of("code", OTHER_FACILITY))
                .baseBody("POST /api/v1/facilities/{code}/formulary", "YJコード,品名\n2456001F1310,品目\n")
                .otherOrganisation("POST /api/v1/facilities/{code}/formulary", facility(FACILITY))
                .baseBody("POST /api/v1/facilities/bulk", "code,kind,name,email\n"
                        + FacilityCodes.withCheckDigit("134990003") + ",PHARMACY,敵対薬局,\n")
                .objectOf("POST /api/v1/inbox/{recipient}/{id}/read", Map.of("recipient", OTHER_FACILITY),
                        facility(FACILITY))
                .objectOf("POST /api/v1/inbox/{recipient}/{id}/acknowledgement",
                        Map.of("recipient", OTHER_FACILITY), facility(FACILITY))
                .pathValues("POST /api/v1/notices/{id}/acknowledgement", Map.of("id", nobodysNotice))
                .objectOf("DELETE /api/v1/api-keys/{id}", Map.of("id", apiKey), wholesaler("HOSTILE-WHS9"));
        subscriptionOperations.forEach(operation -> suite.objectOf(operation, Map.of("id", subscription),
                facility(OTHER_FACILITY)));
        return suite.tests();
    }

    private static String regulator(String org) {
        return TestTokens.bearer(Roles.REGULATOR, org);
    }

    private static String facility(String code) {
        return TestTokens.bearer(Roles.FACILITY, code);
    }

    private static String wholesaler(String org) {
        return TestTokens.bearer(Roles.WHOLESALER, org);
    }
}
