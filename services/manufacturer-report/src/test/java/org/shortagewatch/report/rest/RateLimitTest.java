package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Writes are limited per organisation: with a limit of 3 writes per minute (bursts of 3), an organisation's 4th
 * write is refused with 429 and {@code Retry-After}, stores nothing, and leaves other organisations and every read
 * alone. And a service works on a bounded number of writes at once (here one): while one write is in flight (its
 * body not yet sent), the next is refused at once with 503, problem+json and {@code Retry-After: 1}, in the caller's
 * language, changing nothing and writing no audit row, and counted; once the first is over, writes are taken again.
 * Runs in its own Quarkus instance (the profile). The buckets are in the database, shared with the other
 * tests' instances, so the test deletes its organisations' before and after (a bucket without a row is full): they
 * start full, and it leaves no drained bucket to the tests after it.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TinyLimit.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class RateLimitTest {

    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "shortagewatch.rate-limit.enabled", "true",
                    "shortagewatch.rate-limit.writes-per-minute", "3",
                    "shortagewatch.rate-limit.burst", "3",
                    // one write at a time: the overload test holds one open to see the next refused
                    "shortagewatch.load-shedding.max-in-flight", "1");
        }
    }

    /** YJ codes of this test: 2456 8xx F1310, a range no other test uses. */
    static final String PRODUCT = "2456801F1316";
    static final String MANUFACTURER = "MFR801";
    static final String ADMIN_ORG = "ops";

    @BeforeEach
    @AfterEach
    void fullBuckets() throws Exception {
        TestDatabase.execute("delete from rate_limit_bucket where key in ('org:" + MANUFACTURER + "', 'org:" + ADMIN_ORG
                + "')");
    }

    @Test
    void theFourthWriteOfAnOrganisationWithinTheMinuteIsRefusedWith429AndStoresNothing() throws Exception {
        // One write by the admin's organisation: registering the product.
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, ADMIN_ORG)).contentType(ContentType.JSON)
                .body(TestProducts.body(MANUFACTURER))
                .when().put("/api/v1/products/{yj}", PRODUCT)
                .then().statusCode(201);

        for (int i = 1; i <= 3; i++) {
            report(MANUFACTURER, Roles.MANUFACTURER).then().statusCode(201).body("revision", equalTo(i));
        }
        long changesBefore = changesOf(PRODUCT);
        assertEquals(3, changesBefore);

        long auditedBefore = rateLimitRefusalsAudited();
        report(MANUFACTURER, Roles.MANUFACTURER)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesWholeSeconds(1, 20))
                .body("type", equalTo("https://shortagewatch.org/problems/too-many-requests"))
                .body("title", equalTo("リクエストが多すぎます"))
                .body("status", equalTo(429))
                .body("detail", allOf(containsString(MANUFACTURER), containsString("毎分 3 件")))
                .body("instance", equalTo("/api/v1/status-changes"));
        assertEquals(changesBefore, changesOf(PRODUCT), "a refused write stores nothing");
        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, MANUFACTURER))
                .header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"yjCode\":\"%s\",\"shipmentResponse\":\"STOPPED\",\"reason\":\"OTHER\",\"effectiveDate\":\"2026-12-01\"}"
                        .formatted(PRODUCT))
                .when().post("/api/v1/status-changes")
                .then().statusCode(429)
                .body("title", equalTo("Too Many Requests"))
                .body("detail", allOf(containsString(MANUFACTURER), containsString("3 writes per minute")));
        // The refusals are audited once a minute per organisation: the trail shows who is over the limit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> rateLimitRefusalsAudited() == auditedBefore + 1);
        Thread.sleep(500);
        assertEquals(auditedBefore + 1, rateLimitRefusalsAudited(), "two refusals in a minute, one audit row");

        // Reads are never limited, even with the organisation's bucket empty.
        for (int i = 0; i < 10; i++) {
            given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, MANUFACTURER))
                    .when().get("/api/v1/products/{yj}/status", PRODUCT)
                    .then().statusCode(200).body("current.revision", equalTo(3));
            given().when().get("/api/v1/products/{yj}/status", PRODUCT).then().statusCode(200);
        }

        // The limit is the organisation's, not everyone's: the admin's organisation still has writes left.
        report(ADMIN_ORG, Roles.ADMIN).then().statusCode(201).body("revision", equalTo(4));

        // A bad token is still answered 401: resolving the identity for the limit does not turn it into a 500.
        given().header("Authorization", "Bearer not-a-token").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/status-changes")
                .then().statusCode(401).contentType("application/problem+json");

        // And the refusals are counted.
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher refused = Pattern.compile("(?m)^shortagewatch_rate_limit_refused_total\\{[^}]*key_type=\"org\"[^}]*\\} (\\S+)$")
                .matcher(metrics);
        assertTrue(refused.find(), "refusal counter exported");
        assertEquals(2.0, Double.parseDouble(refused.group(1)));
    }

    /** Another product and maker, for the bound on writes in flight. */
    static final String OVERLOADED = "2456802F1310";
    static final String OVERLOADED_MAKER = "MFR802";

    @Test
    void aWriteBeyondTheBoundIsRefusedAtOnceWith503AndChangesNothing() throws Exception {
        TestReports.register(OVERLOADED, OVERLOADED_MAKER);
        String audited = "select count(*) from audit_log where org = ?";
        long auditedBefore = TestDatabase.count(audited, OVERLOADED_MAKER);
        double refusedBefore = metric("shortagewatch_load_shedding_refused_total");

        try (Socket held = new Socket("localhost", RestAssured.port)) {
            // a write whose head has arrived and whose body has not: in flight until the socket closes
            OutputStream out = held.getOutputStream();
            out.write(("POST /api/v1/status-changes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + TestTokens.bearer(Roles.MANUFACTURER, OVERLOADED_MAKER) + "\r\n"
                    + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(Duration.ofSeconds(10)).until(() -> metric("shortagewatch_load_shedding_in_flight") == 1.0);

            overloaded(null).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .header("Content-Language", "ja")
                    .header("X-Content-Type-Options", "nosniff")
                    .body("type", equalTo("https://shortagewatch.org/problems/overloaded"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("何も変更していません"));
            overloaded("en").then().statusCode(503)
                    .header("Retry-After", "1")
                    .body("detail", containsString("Nothing was changed"));
            // reads are not writes: never refused for the writes in flight
            given().when().get("/api/v1/products/{yj}", OVERLOADED).then().statusCode(200);
        }

        assertEquals(0, TestDatabase.count("select count(*) from status_change where yj_code = ?", OVERLOADED),
                "a refused write stores nothing");
        assertEquals(auditedBefore, TestDatabase.count(audited, OVERLOADED_MAKER), "a refused write is not audited");
        assertEquals(refusedBefore + 2, metric("shortagewatch_load_shedding_refused_total"));

        // the held write is over when its connection closes; the next write is taken
        await().atMost(Duration.ofSeconds(10)).until(() -> metric("shortagewatch_load_shedding_in_flight") == 0.0);
        overloaded(null).then().statusCode(201).body("revision", equalTo(1));
    }

    /** A status report of {@link #OVERLOADED}'s maker, in the language asked for (null: the default). */
    private static io.restassured.response.Response overloaded(String language) {
        var request = given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, OVERLOADED_MAKER))
                .contentType(ContentType.JSON).body("""
                        {"yjCode":"%s","shipmentResponse":"STOPPED","reason":"OTHER","effectiveDate":"2026-12-01"}"""
                        .formatted(OVERLOADED));
        return (language == null ? request : request.header("Accept-Language", language))
                .when().post("/api/v1/status-changes");
    }

    /** A metric's value as the service exports it now (0 when it has no sample yet). */
    private static double metric(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        return sample.find() ? Double.parseDouble(sample.group(2)) : 0.0;
    }

    private static io.restassured.response.Response report(String org, String role) {
        return given().header("Authorization", TestTokens.bearer(role, org)).contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"STOPPED","reason":"OTHER","effectiveDate":"2026-12-01"}"""
                        .formatted(PRODUCT))
                .when().post("/api/v1/status-changes");
    }

    private static org.hamcrest.Matcher<String> matchesWholeSeconds(int min, int max) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String value) {
                if (!value.matches("[0-9]+")) {
                    return false;
                }
                long seconds = Long.parseLong(value);
                return greaterThanOrEqualTo((long) min).matches(seconds) && lessThanOrEqualTo((long) max).matches(seconds);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("whole seconds between " + min + " and " + max);
            }
        };
    }

    private static long rateLimitRefusalsAudited() throws Exception {
        return TestDatabase.count("select count(*) from audit_log where action = 'rate-limit' and outcome = 'DENIED'"
                + " and org = ?", MANUFACTURER);
    }

    private static long changesOf(String yj) throws Exception {
        return TestDatabase.count("select count(*) from status_change where yj_code = ?", yj);
    }
}
