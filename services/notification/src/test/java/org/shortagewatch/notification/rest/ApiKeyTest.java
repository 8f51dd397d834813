package org.shortagewatch.notification.rest;

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

/**
 * A wholesaler's machine client reads the wholesaler's inbox with an API key: listed without its secret, revoked at
 * once; an administrator finds both in the audit trail, whose hash chain is intact.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class ApiKeyTest {

    /** A wholesaler of this test's own, so no other test's rate limit or keys count. */
    static final String ORG = "WHS320";

    static RequestSpecification wholesaler() {
        return given().header("Authorization", TestTokens.bearer(Roles.WHOLESALER, ORG));
    }

    static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops"));
    }

    static int readInbox(String key) {
        return given().header("X-API-Key", key).when().get("/api/v1/inbox/{r}", ORG).statusCode();
    }

    @Test
    void aKeyReadsItsWholesalersInboxUntilRevokedAndAnAdminSeesBothInTheAuditTrail() {
        JsonPath created = wholesaler().contentType(ContentType.JSON)
                .body("{\"name\":\"inbox reader\",\"expiresInDays\":30}")
                .when().post("/api/v1/api-keys")
                .then().statusCode(201)
                .body("key", startsWith("swk_")).body("org", equalTo(ORG)).body("role", equalTo(Roles.WHOLESALER))
                .extract().jsonPath();
        String id = created.getString("id");
        String key = created.getString("key");
        assertEquals(200, readInbox(key));

        wholesaler().when().get("/api/v1/api-keys")
                .then().statusCode(200).body("id", hasItem(id)).body("key", everyItem(nullValue()));
        wholesaler().when().delete("/api/v1/api-keys/{id}", id).then().statusCode(204);
        assertEquals(401, readInbox(key), "revoked at once");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Map<String, Object>> rows = admin().queryParam("limit", 1000)
                    .when().get("/api/v1/audit")
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .extract().jsonPath().getList("findAll { it.target == '" + id + "' }");
            assertEquals(List.of("api-key.revoke", "api-key.create"), rows.stream().map(r -> r.get("action")).toList(),
                    "newest first");
            rows.forEach(row -> assertEquals(ORG, row.get("org")));
        });
        admin().when().get("/api/v1/audit/verification")
                .then().statusCode(200).body("intact", equalTo(true));
    }
}
