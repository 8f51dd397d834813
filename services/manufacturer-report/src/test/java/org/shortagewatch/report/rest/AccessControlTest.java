package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.infra.TokenIssuer;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint, called by every role, on the caller's own product and on another organisation's: the designed
 * status code, and the database unchanged whenever the call is refused.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class AccessControlTest {

    /** A manufacturer and the product it holds. */
    record Holder(String org, String product) {
    }

    static final Holder OWN = new Holder("MFR100", "1149019F1560");
    static final Holder OTHER = new Holder("MFR200", "1149019F1579");

    private static boolean prepared;

    /** Per test, once: rest-assured knows the test port only from the first test on. */
    @BeforeEach
    void products() {
        if (prepared) {
            return;
        }
        prepared = true;
        for (Holder holder : List.of(OWN, OTHER)) {
            TestReports.register(holder.product(), holder.org());
            given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).contentType(ContentType.JSON)
                    .body("{\"yjCode\":\"" + holder.product() + "\",\"shipmentResponse\":\"NORMAL\",\"effectiveDate\":\"2026-11-01\"}")
                    .when().post("/api/v1/status-changes").then().statusCode(201);
        }
    }

    /** role, organisation; null role = no token. */
    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of(null, null),
                Arguments.of(Roles.MANUFACTURER, OWN.org()),
                Arguments.of(Roles.WHOLESALER, "WHS001"),
                Arguments.of(Roles.FACILITY, "1341234563"),
                Arguments.of(Roles.REGULATOR, "MHLW"),
                Arguments.of(Roles.ADMIN, "ops"));
    }

    /** The designed answer for each (endpoint, target, role). */
    static int expected(String endpoint, boolean ownTarget, String role) {
        if (endpoint.startsWith("GET")) {
            return 200; // public
        }
        if (role == null) {
            return 401;
        }
        if (!role.equals(Roles.MANUFACTURER) && !role.equals(Roles.ADMIN)) {
            return 403;
        }
        if (role.equals(Roles.MANUFACTURER) && !ownTarget) {
            return 403;
        }
        return endpoint.startsWith("PUT") ? 200 : 201; // the products exist already: PUT updates, POST creates
    }

    static Stream<Arguments> matrix() {
        return callers().flatMap(caller -> Stream.of(true, false).flatMap(own -> Stream.of(
                "POST /api/v1/status-changes", "PUT /api/v1/products/{yj}", "GET /api/v1/products/{yj}/status")
                .map(endpoint -> Arguments.of(endpoint, own, caller.get()[0], caller.get()[1]))));
    }

    @ParameterizedTest(name = "{0} on own product {1} as {2}")
    @MethodSource("matrix")
    void eachEndpointAnswersEachRoleAsDesignedAndRefusalsChangeNothing(String endpoint, boolean own, String role,
            String org) throws Exception {
        Holder target = own ? OWN : OTHER;
        String yj = target.product();
        RequestSpecification request = role == null ? given() : given().header("Authorization", TestTokens.bearer(role, org));
        Map<String, Long> before = counts();
        int status = switch (endpoint) {
            case "POST /api/v1/status-changes" -> request.contentType(ContentType.JSON)
                    .body("{\"yjCode\":\"" + yj + "\",\"shipmentResponse\":\"STOPPED\",\"reason\":\"OTHER\",\"effectiveDate\":\"2026-12-01\"}")
                    .post("/api/v1/status-changes").statusCode();
            case "PUT /api/v1/products/{yj}" -> request.contentType(ContentType.JSON)
                    .body(TestProducts.body(role == null || role.equals(Roles.ADMIN) ? target.org() : org))
                    .put("/api/v1/products/{yj}", yj).statusCode();
            default -> request.get("/api/v1/products/{yj}/status", yj).statusCode();
        };
        assertEquals(expected(endpoint, own, role), status);
        if (status >= 400) {
            assertEquals(before, counts(), "a refused call changes nothing");
        }
    }

    /** The endpoints every service shares (services/common): API keys and the audit trail. */
    static Stream<Arguments> sharedMatrix() {
        return callers().flatMap(caller -> Stream.of(true, false).flatMap(own -> Stream.of(
                "POST /api/v1/api-keys", "GET /api/v1/api-keys", "DELETE /api/v1/api-keys/{id}",
                "GET /api/v1/audit/verification", "GET /api/v1/audit")
                .map(endpoint -> Arguments.of(endpoint, own, caller.get()[0], caller.get()[1]))));
    }

    static int expectedShared(String endpoint, boolean own, String role) {
        if (role == null) {
            return 401;
        }
        boolean admin = role.equals(Roles.ADMIN);
        if (endpoint.contains("/audit")) {
            return admin ? 200 : 403;
        }
        if (!admin && !role.equals(Roles.MANUFACTURER) && !role.equals(Roles.WHOLESALER)) {
            return 403;
        }
        return switch (endpoint) {
            case "POST /api/v1/api-keys" -> own || admin ? 201 : 403;
            case "GET /api/v1/api-keys" -> 200;
            // a key of the caller's own organisation, or of another one (answered as not found)
            default -> (own && role.equals(Roles.MANUFACTURER)) || admin ? 204 : 404;
        };
    }

    @ParameterizedTest(name = "{0} on own object {1} as {2}")
    @MethodSource("sharedMatrix")
    void theSharedEndpointsAnswerEachRoleAsDesignedAndRefusalsChangeNothing(String endpoint, boolean own, String role,
            String org) throws Exception {
        RequestSpecification request = role == null ? given() : given().header("Authorization", TestTokens.bearer(role, org));
        String keyId = endpoint.startsWith("DELETE") ? adminCreatesKeyFor((own ? OWN : OTHER).org()) : null;
        Map<String, Long> before = keyCounts();
        int status = switch (endpoint) {
            case "POST /api/v1/api-keys" -> request.contentType(ContentType.JSON)
                    .body(role != null && role.equals(Roles.ADMIN)
                            ? "{\"name\":\"m\",\"org\":\"" + (own ? OWN : OTHER).org() + "\",\"role\":\"manufacturer\"}"
                            : "{\"name\":\"m\"" + (own ? "" : ",\"org\":\"" + OTHER.org() + "\"") + "}")
                    .post("/api/v1/api-keys").statusCode();
            case "GET /api/v1/api-keys" -> request.get("/api/v1/api-keys").statusCode();
            case "DELETE /api/v1/api-keys/{id}" -> request.delete("/api/v1/api-keys/{id}", keyId).statusCode();
            case "GET /api/v1/audit/verification" -> request.get("/api/v1/audit/verification").statusCode();
            default -> request.get("/api/v1/audit").statusCode();
        };
        assertEquals(expectedShared(endpoint, own, role), status);
        if (status >= 400) {
            assertEquals(before, keyCounts(), "a refused call changes nothing");
        }
    }

    static String adminCreatesKeyFor(String manufacturer) {
        return given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).contentType(ContentType.JSON)
                .body("{\"name\":\"k\",\"org\":\"" + manufacturer + "\",\"role\":\"manufacturer\"}")
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
    }

    static Map<String, Long> keyCounts() throws Exception {
        return Map.of("keys", TestReports.count("api_key"),
                "revoked", TestReports.count("api_key where revoked_at is not null"));
    }

    @org.junit.jupiter.api.Test
    void aRefusedReportOnAnotherManufacturersProductIsAudited() throws Exception {
        String where = "audit_log where outcome = 'DENIED' and org = 'MFR777' and target = 'POST /api/v1/status-changes'";
        long before = TestReports.count(where);
        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, "MFR777")).contentType(ContentType.JSON)
                .body("{\"yjCode\":\"" + OTHER.product() + "\",\"shipmentResponse\":\"STOPPED\",\"reason\":\"OTHER\",\"effectiveDate\":\"2026-12-01\"}")
                .when().post("/api/v1/status-changes").then().statusCode(403);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> TestReports.count(where) == before + 1);
    }

    static Stream<Arguments> refusedTokens() {
        TokenIssuer tokens = TestTokens.issuer();
        Duration hour = Duration.ofHours(1);
        return Stream.of(
                Arguments.of("expired", tokens.mintWith(Map.of("exp", System.currentTimeMillis() / 1000 - 3600),
                        "m", OWN.org(), hour, Roles.MANUFACTURER)),
                Arguments.of("wrongly signed", tokens.mintWithForeignKey("m", OWN.org(), hour, Roles.MANUFACTURER)),
                Arguments.of("wrong issuer", tokens.mintWith(Map.of("iss", "https://elsewhere.example/auth"),
                        "m", OWN.org(), hour, Roles.MANUFACTURER)),
                Arguments.of("without org", tokens.mint("m", null, hour, Roles.MANUFACTURER)),
                Arguments.of("valid for ten years", tokens.mint("m", OWN.org(), Duration.ofDays(3650), Roles.MANUFACTURER)),
                Arguments.of("not a token", "not.a.token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void invalidTokensAreRefusedWith401(String why, String token) throws Exception {
        Map<String, Long> before = counts();
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body("{\"yjCode\":\"" + OWN.product() + "\",\"shipmentResponse\":\"STOPPED\",\"reason\":\"OTHER\",\"effectiveDate\":\"2026-12-01\"}")
                .when().post("/api/v1/status-changes")
                .then().statusCode(401).contentType("application/problem+json");
        assertEquals(before, counts());
    }

    static Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        for (String table : new String[] {"status_change", "product", "outbox"}) {
            counts.put(table, TestReports.count(table));
        }
        return counts;
    }
}
