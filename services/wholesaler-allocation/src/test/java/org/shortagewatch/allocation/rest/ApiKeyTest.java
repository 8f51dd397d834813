package org.shortagewatch.allocation.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** A wholesaler's machine client posts with an API key: listed without its secret, revoked at once, both audited. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class ApiKeyTest {

    /** A wholesaler of this test's own, so no other test's rate limit or keys count. */
    static final String ORG = "WHS310";

    static RequestSpecification wholesaler() {
        return given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, ORG));
    }

    static int postOrder(String key, String yj) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(WholesalerDataResourceTest.order("1341234563", yj, 10, "錠"))
                .when().post("/api/v1/wholesalers/{w}/orders", ORG).statusCode();
    }

    @Test
    void aKeyPostsForItsWholesalerUntilRevokedAndAnAdminSeesBothInTheAuditTrail() {
        JsonPath created = wholesaler().contentType(ContentType.JSON)
                .body("{\"name\":\"ERP upload\",\"expiresInDays\":30}")
                .when().post("/api/v1/api-keys")
                .then().statusCode(201)
                .body("key", startsWith("swk_")).body("org", equalTo(ORG)).body("role", equalTo(Roles.WHOLESALER))
                .extract().jsonPath();
        String id = created.getString("id");
        String key = created.getString("key");
        assertEquals(200, postOrder(key, WholesalerDataResourceTest.freshYj()));

        wholesaler().when().get("/api/v1/api-keys")
                .then().statusCode(200).body("id", hasItem(id)).body("key", everyItem(nullValue()));
        wholesaler().when().delete("/api/v1/api-keys/{id}", id).then().statusCode(204);
        assertEquals(401, postOrder(key, WholesalerDataResourceTest.freshYj()), "revoked at once");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Map<String, Object>> rows = given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops"))
                    .queryParam("limit", 1000)
                    .when().get("/api/v1/audit")
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .extract().jsonPath().getList("findAll { it.target == '" + id + "' }");
            assertEquals(List.of("api-key.revoke", "api-key.create"), rows.stream().map(r -> r.get("action")).toList(),
                    "newest first");
            rows.forEach(row -> assertEquals(ORG, row.get("org")));
        });
    }
}
