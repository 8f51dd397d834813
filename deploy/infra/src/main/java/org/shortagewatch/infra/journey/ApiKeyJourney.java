package org.shortagewatch.infra.journey;

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
import org.shortagewatch.infra.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A wholesaler's machine client works with an API key: the key acts for its wholesaler, is listed without its
 * secret and is refused at once when revoked; an administrator finds both in the audit trail, whose hash chain is
 * intact. Every service that takes API keys runs this journey through a {@code @QuarkusTest} subclass that says
 * what a key does there.
 */
public abstract class ApiKeyJourney {

    private static final String WHOLESALER = "wholesaler";

    /** A wholesaler of this journey's own, so no other test's rate limit or keys count. */
    private static final String ORG = "WHS310";

    /**
     * What a request carrying the key does for wholesaler {@code org} in this service; answers the HTTP status.
     */
    protected abstract int useKey(RequestSpecification withKey, String org);

    private int use(String key) {
        return useKey(given().header("X-API-Key", key), ORG);
    }

    private static RequestSpecification wholesaler() {
        return given().header("Authorization", TestTokens.bearer(WHOLESALER, ORG));
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer("admin", "ops"));
    }

    @Test
    void aKeyActsForItsWholesalerUntilRevokedAndAnAdminSeesBothInTheAuditTrail() {
        JsonPath created = wholesaler().contentType(ContentType.JSON)
                .body("{\"name\":\"machine client\",\"expiresInDays\":30}")
                .when().post("/api/v1/api-keys")
                .then().statusCode(201)
                .body("key", startsWith("swk_")).body("org", equalTo(ORG)).body("role", equalTo(WHOLESALER))
                .extract().jsonPath();
        String id = created.getString("id");
        String key = created.getString("key");
        assertEquals(200, use(key));

        wholesaler().when().get("/api/v1/api-keys")
                .then().statusCode(200).body("id", hasItem(id)).body("key", everyItem(nullValue()));
        wholesaler().when().delete("/api/v1/api-keys/{id}", id).then().statusCode(204);
        assertEquals(401, use(key), "revoked at once");

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
