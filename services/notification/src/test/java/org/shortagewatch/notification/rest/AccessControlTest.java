package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint, called by every role, on the caller's own subscription and on another facility's: the designed
 * status code, and the database unchanged whenever the call is refused. Another facility's subscription is answered
 * as not found, exactly like one that does not exist.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class AccessControlTest {

    static final String OWN = "1341111118";
    static final String OTHER = "2741222224";
    static String ownSubscription;
    static String otherSubscription;

    /** Per test, once: rest-assured knows the test port only from the first test on. */
    @BeforeEach
    void createSubscriptions() {
        if (ownSubscription != null) {
            return;
        }
        ownSubscription = subscribe(OWN);
        otherSubscription = subscribe(OTHER);
    }

    static String subscribe(String facility) {
        return given().header("Authorization", TestTokens.bearer(Roles.FACILITY, facility)).contentType(ContentType.JSON)
                .body(body(facility))
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
    }

    /** A new subscription each time: an endpoint of its own, as a facility follows the same thing the same way once. */
    static String body(String facility) {
        return "{\"facilityCode\":\"" + facility + "\",\"yjCode\":\"2456001F1310\",\"webhookUrl\":\"http://127.0.0.1:9/hooks/"
                + ENDPOINTS.incrementAndGet() + "\"}";
    }

    private static final java.util.concurrent.atomic.AtomicInteger ENDPOINTS = new java.util.concurrent.atomic.AtomicInteger();

    static Stream<Arguments> matrix() {
        Stream<Arguments> callers = Stream.of(Arguments.of(null, null), Arguments.of(Roles.FACILITY, OWN),
                Arguments.of(Roles.MANUFACTURER, "MFR001"), Arguments.of(Roles.WHOLESALER, "WHS001"),
                Arguments.of(Roles.REGULATOR, "MHLW"), Arguments.of(Roles.ADMIN, "ops"));
        return callers.flatMap(caller -> Stream.of(true, false).flatMap(own -> Stream.of(
                "POST /api/v1/subscriptions", "GET /api/v1/subscriptions/{id}", "GET /api/v1/subscriptions/{id}/deliveries")
                .map(endpoint -> Arguments.of(endpoint, own, caller.get()[0], caller.get()[1]))));
    }

    /** The designed answer. */
    static int expected(String endpoint, boolean own, String role) {
        if (role == null) {
            return 401;
        }
        if (!role.equals(Roles.FACILITY) && !role.equals(Roles.ADMIN)) {
            return 403;
        }
        boolean allowed = own || role.equals(Roles.ADMIN);
        if (endpoint.startsWith("POST")) {
            return allowed ? 201 : 403;
        }
        return allowed ? 200 : 404;
    }

    @ParameterizedTest(name = "{0} on own object {1} as {2}")
    @MethodSource("matrix")
    void eachEndpointAnswersEachRoleAsDesignedAndRefusalsChangeNothing(String endpoint, boolean own, String role,
            String org) throws Exception {
        RequestSpecification request = role == null ? given() : given().header("Authorization", TestTokens.bearer(role, org));
        String id = own ? ownSubscription : otherSubscription;
        long before = subscriptions();
        int status = switch (endpoint) {
            case "POST /api/v1/subscriptions" -> request.contentType(ContentType.JSON).body(body(own ? OWN : OTHER))
                    .post("/api/v1/subscriptions").statusCode();
            case "GET /api/v1/subscriptions/{id}" -> request.get("/api/v1/subscriptions/{id}", id).statusCode();
            default -> request.get("/api/v1/subscriptions/{id}/deliveries", id).statusCode();
        };
        assertEquals(expected(endpoint, own, role), status);
        if (status >= 400) {
            assertEquals(before, subscriptions(), "a refused call changes nothing");
        }
    }

    static long subscriptions() throws Exception {
        return TestDatabase.count("select count(*) from subscription");
    }
}
