package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shortagewatch.infra.DemoRealm;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What operators and machine clients do on the running system of {@link PortalSystem}, with Keycloak:
 * {@code deploy/local/audit-verify} ({@link VerifyAudit}) asks every service as the run's admin and finds each
 * chain intact; a machine client's token from the OAuth client credentials grant acts for its organisation; and every
 * service, as built, offers its OpenAPI document, Swagger UI, health and metrics under {@code /q/}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class OperatorAccessTest {

    @Test
    void auditVerifyAsksEveryServiceAsTheRunsAdminAndFindsEveryChainIntact(@TempDir Path noKey) throws Exception {
        // the admin's token comes from the run's Keycloak (with its one-time code), not from a local key
        String token = VerifyAudit.adminToken(PortalSystem.stack().keycloak().baseUrl(), noKey);
        assertTrue(Files.notExists(noKey.resolve("jwks.json")), "no local key was made while Keycloak answers");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        boolean intact = VerifyAudit.verify(PortalSystem.stack()::serviceUrl, token,
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(intact, String.join("\n", lines));
        assertEquals(3, lines.size(), "one line per service: " + lines);
        for (StackService service : LocalStack.SERVICES) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(service.name() + ": intact, [0-9]+ rows checked.*")),
                    service.name() + " in " + lines);
        }
    }

    @Test
    void aBrokenChainIsNamedByItsFirstBrokenRow() throws Exception {
        String line = VerifyAudit.describe(new ObjectMapper().readTree("""
                {"intact":false,"rowsChecked":120,"firstBrokenId":57,"reason":"hash does not match the row's content",
                 "rowsPending":0}"""));
        assertEquals("BROKEN at audit row 57: hash does not match the row's content", line);
    }

    @Test
    void aMachineClientsTokenFromTheClientCredentialsGrantActsForItsOrganisation() {
        String erp = PortalSystem.stack().keycloak().tokens().accessToken(DemoRealm.MANUFACTURER_ERP);
        given().baseUri(PortalSystem.stack().serviceUrl(LocalStack.MANUFACTURER_REPORT).toString())
                .header("Authorization", "Bearer " + erp)
                .when().get("/api/v1/api-keys")
                .then().statusCode(200);
        String wms = PortalSystem.stack().keycloak().tokens().accessToken(DemoRealm.WHOLESALER_WMS);
        given().baseUri(PortalSystem.stack().serviceUrl(LocalStack.WHOLESALER_ALLOCATION).toString())
                .header("Authorization", "Bearer " + wms)
                .when().get("/api/v1/wholesalers/{w}/allocations", DemoRealm.WHOLESALER_WMS.org())
                .then().statusCode(200);
        // its organisation's, no other's
        given().baseUri(PortalSystem.stack().serviceUrl(LocalStack.WHOLESALER_ALLOCATION).toString())
                .header("Authorization", "Bearer " + wms)
                .when().get("/api/v1/wholesalers/{w}/allocations", "WHS999")
                .then().statusCode(403).body("status", equalTo(403));
    }

    @Test
    void everyServiceOffersItsOpenApiSwaggerUiHealthAndMetrics() {
        for (StackService service : LocalStack.SERVICES) {
            String base = PortalSystem.stack().serviceUrl(service.name()).toString();
            given().baseUri(base).when().get("/q/openapi").then().statusCode(200);
            given().baseUri(base).when().get("/q/swagger-ui/").then().statusCode(200)
                    .body(containsString("swagger-ui"));
            given().baseUri(base).when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(base).when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(base).when().get("/q/metrics").then().statusCode(200)
                    .body(containsString("shortagewatch_load_shedding_in_flight"));
        }
    }
}
