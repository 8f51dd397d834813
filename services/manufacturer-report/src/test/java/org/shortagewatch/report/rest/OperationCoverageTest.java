package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.coverage.AnsweredRequests;
import org.shortagewatch.infra.coverage.OperationCoverage;
import org.shortagewatch.infra.coverage.RunOrder;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Every operation of this service has a test that calls it successfully: after every other test class of the module
 * (an application of its own, ordered last: {@link RunOrder}), each operation of the OpenAPI document, and
 * {@code GET /q/health}, must have been answered 2xx or 3xx at least once ({@link OperationCoverage}). Skipped when
 * only some test classes run.
 */
@QuarkusTest
@TestProfile(OperationCoverageTest.AfterEveryOtherTest.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
@Order(Integer.MAX_VALUE)
class OperationCoverageTest {

    /** The same configuration, in an application of its own, so that this class runs after every other. */
    public static class AfterEveryOtherTest implements QuarkusTestProfile {
    }

    @Test
    void everyOperationHasASuccessfulTest() {
        List<String> notRun = RunOrder.testClassesNotInThisRun(Path.of("target", "test-classes"),
                getClass().getClassLoader());
        Assumptions.assumeTrue(notRun.isEmpty(), () -> "only the whole suite shows coverage; this run lacks " + notRun);
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OperationCoverage coverage = OperationCoverage.of(document).and("GET /q/health")
                .except("POST /api/v1/dead-letters/{topic}/redrive",
                        "this service consumes no topic, so it has no dead-letter topic to re-drive (DeadLetterTest)");
        assertEquals(List.of(), coverage.withoutSuccess(AnsweredRequests.ofThisJvm()),
                "operations without a test that calls them successfully");
    }
}
