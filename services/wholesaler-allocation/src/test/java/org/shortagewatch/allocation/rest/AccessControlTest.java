package org.shortagewatch.allocation.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** This service's endpoints by role: a product's status and the wholesalers' names are public; its audit trail and
 * recomputations are for admins; API keys for the organisations that post in bulk; the map for regulators, wholesalers
 * and admins; each wholesaler's and facility's own view for itself. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class AccessControlTest {

    static Stream<Arguments> matrix() {
        Stream<Arguments> callers = Stream.of(Arguments.of(null, null), Arguments.of(Roles.MANUFACTURER, "MFR001"),
                Arguments.of(Roles.WHOLESALER, "WHS001"), Arguments.of(Roles.FACILITY, "1341234563"),
                Arguments.of(Roles.REGULATOR, "MHLW"), Arguments.of(Roles.ADMIN, "ops"));
        return callers.flatMap(c -> Stream.of("GET /api/v1/products/{yj}", "GET /api/v1/wholesalers",
                "GET /api/v1/audit/verification",
                "GET /api/v1/api-keys", "GET /api/v1/ingredients/9999999/prefectures",
                "GET /api/v1/wholesalers/WHS001/allocations", "GET /api/v1/wholesalers/WHS001/findings",
                "GET /api/v1/facilities/1341234563/quotas", "POST /api/v1/admin/recomputations/9999999",
                "GET /api/v1/findings")
                .map(endpoint -> Arguments.of(endpoint, c.get()[0], c.get()[1])));
    }

    static int expected(String endpoint, String role) {
        if (endpoint.equals("GET /api/v1/products/{yj}")) {
            return 404; // public; no event about this product has arrived
        }
        if (endpoint.equals("GET /api/v1/wholesalers")) {
            return 200; // public: a licensed wholesaler's name is
        }
        if (role == null) {
            return 401;
        }
        if (endpoint.contains("/ingredients/")) {
            return role.equals(Roles.REGULATOR) || role.equals(Roles.WHOLESALER) || role.equals(Roles.ADMIN) ? 200 : 403;
        }
        if (endpoint.endsWith("/findings") && !endpoint.contains("/wholesalers/")) {
            return role.equals(Roles.REGULATOR) || role.equals(Roles.ADMIN) ? 200 : 403;
        }
        if (endpoint.contains("/wholesalers/")) {
            return role.equals(Roles.WHOLESALER) || role.equals(Roles.ADMIN) ? 200 : 403; // WHS001 is the wholesaler's own
        }
        if (endpoint.contains("/facilities/")) {
            return role.equals(Roles.FACILITY) || role.equals(Roles.ADMIN) ? 200 : 403; // 1341234563 is the facility's own
        }
        if (endpoint.contains("/audit") || endpoint.contains("/admin/")) {
            return role.equals(Roles.ADMIN) ? 200 : 403;
        }
        return role.equals(Roles.FACILITY) || role.equals(Roles.REGULATOR) ? 403 : 200;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachEndpointAnswersEachRoleAsDesigned(String endpoint, String role, String org) {
        RequestSpecification request = role == null ? given() : given().header("Authorization", TestTokens.bearer(role, org));
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(method.length() + 1).replace("{yj}", "9999999Z9999");
        assertEquals(expected(endpoint, role), request.request(method, path).statusCode());
    }
}
