package org.shortagewatch.infra.coverage;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * What every service's test suite checks last, in an application of its own that runs after every other
 * ({@link RunOrder}): that the service and each of its health checks are up, as an orchestrator polls them; then
 * that every operation of its OpenAPI document, and {@code GET /q/health}, was answered 2xx or 3xx by some test
 * ({@link OperationCoverage}; skipped when only some test classes run). A service's suite has one class that extends
 * it, annotated {@code @QuarkusTest}, {@code @TestProfile(EndOfSuiteChecks.LastApplication.class)} and its test
 * resource.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class EndOfSuiteChecks {

    /** The service's own configuration, in an application of its own, so that these checks run after every test. */
    public static class LastApplication implements QuarkusTestProfile {
    }

    /** Operations the service cannot answer successfully, with why ({@link OperationCoverage#except}); none here. */
    protected OperationCoverage exceptions(OperationCoverage coverage) {
        return coverage;
    }

    @Test
    @Order(1)
    void theServiceAndEveryCheckAreUp() {
        // readiness waits for the Kafka consumers to join their groups, a few seconds after start
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks", not(empty()))
                .body("checks.status", everyItem(equalTo("UP"))));
    }

    @Test
    @Order(2)
    void everyOperationHasASuccessfulTest() {
        List<String> notRun = RunOrder.testClassesNotInThisRun(Path.of("target", "test-classes"),
                getClass().getClassLoader());
        Assumptions.assumeTrue(notRun.isEmpty(), () -> "only the whole suite shows coverage; this run lacks " + notRun);
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OperationCoverage coverage = exceptions(OperationCoverage.of(document).and("GET /q/health"));
        assertEquals(List.of(), coverage.withoutSuccess(AnsweredRequests.ofThisJvm()),
                "operations without a test that calls them successfully");
    }
}
