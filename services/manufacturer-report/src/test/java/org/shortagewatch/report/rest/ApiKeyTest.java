package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.common.security.apikey.ApiKeys;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Machine clients post with API keys: shown once, stored as a hash, scoped to one organisation, revocable, expiring. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class ApiKeyTest {

    static final String ORG = "MFR300";
    static final String PRODUCT = "2149039F1023";

    static RequestSpecification manufacturer(String org) {
        return given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, org));
    }

    static JsonPath newKey(String org) {
        return manufacturer(org).contentType(ContentType.JSON).body("{\"name\":\"ERP upload\",\"expiresInDays\":30}")
                .when().post("/api/v1/api-keys")
                .then().statusCode(201)
                .body("key", startsWith("swk_")).body("org", equalTo(org)).body("role", equalTo(Roles.MANUFACTURER))
                .extract().jsonPath();
    }

    static int report(String key, String yj) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON)
                .body("{\"yjCode\":\"" + yj + "\",\"shipmentResponse\":\"NORMAL\",\"effectiveDate\":\"2026-12-01\"}")
                .when().post("/api/v1/status-changes").statusCode();
    }

    @Test
    void aKeyActsForItsOrganisationOnlyAndIsStoredAsAHash() throws Exception {
        TestReports.register(PRODUCT, ORG);
        TestReports.register("2149039F1031", "MFR301");
        JsonPath created = newKey(ORG);
        String key = created.getString("key");

        assertEquals(201, report(key, PRODUCT));
        given().when().get("/api/v1/products/{yj}/status", PRODUCT)
                .then().body("current.reportedBy", equalTo(ORG));
        assertEquals(403, report(key, "2149039F1031"), "another manufacturer's product");

        manufacturer(ORG).when().get("/api/v1/api-keys")
                .then().statusCode(200).body("id", hasItem(created.getString("id"))).body("key", everyItem(nullValue()));
        String secret = ApiKeys.parse(key).orElseThrow().secret();
        assertEquals(43, secret.length());
        assertFalse(storedAnywhere(secret), "only a hash of the secret is stored");
        assertTrue(storedAsSha256(created.getString("id"), secret), "the stored hash is the secret's SHA-256");

        given().header("X-API-Key", key).contentType(ContentType.JSON).body("{\"name\":\"more\"}")
                .when().post("/api/v1/api-keys").then().statusCode(403);
    }

    @Test
    void aRevokedOrExpiredKeyIsRefusedAndAnotherOrganisationCannotRevoke() throws Exception {
        TestReports.register("2149039F1048", ORG);
        JsonPath created = newKey(ORG);
        String id = created.getString("id");
        manufacturer("MFR999").when().delete("/api/v1/api-keys/{id}", id).then().statusCode(404);
        assertEquals(201, report(created.getString("key"), "2149039F1048"));

        manufacturer(ORG).when().delete("/api/v1/api-keys/{id}", id).then().statusCode(204);
        assertEquals(401, report(created.getString("key"), "2149039F1048"));

        JsonPath expiring = newKey(ORG);
        execute("update api_key set expires_at = now() - interval '1 second' where id = '" + expiring.getString("id") + "'");
        assertEquals(401, report(expiring.getString("key"), "2149039F1048"));

        assertEquals(401, report("swk_0123456789abcdef0123456789abcdef_" + "A".repeat(43), "2149039F1048"), "unknown");
        assertEquals(401, report("not-a-key", "2149039F1048"), "malformed");
    }

    @Test
    void facilitiesAndAnonymousCallersCannotCreateKeys() {
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, "1341234563")).contentType(ContentType.JSON)
                .body("{\"name\":\"x\"}").when().post("/api/v1/api-keys").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .when().post("/api/v1/api-keys").then().statusCode(401);
        manufacturer(ORG).contentType(ContentType.JSON).body("{\"name\":\"x\",\"expiresInDays\":400}")
                .when().post("/api/v1/api-keys").then().statusCode(400).body("errors.field", hasItem("expiresInDays"));
        manufacturer(ORG).contentType(ContentType.JSON).body("{\"name\":\"x\",\"org\":\"MFR301\"}")
                .when().post("/api/v1/api-keys").then().statusCode(403).body("detail", not(nullValue()));
    }

    static boolean storedAnywhere(String secret) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "select count(*) from api_key where position('" + secret + "' in (api_key::text)) > 0")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** Whether the key's stored hash is the SHA-256 of its secret, as PostgreSQL computes it. */
    static boolean storedAsSha256(String id, String secret) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "select secret_hash = sha256(convert_to('" + secret + "', 'UTF8')) from api_key where id = '"
                        + id + "'")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static void execute(String sql) throws Exception {
        try (Connection c = connect()) {
            c.createStatement().execute(sql);
        }
    }

    static Connection connect() throws Exception {
        return TestDatabase.connect();
    }
}
