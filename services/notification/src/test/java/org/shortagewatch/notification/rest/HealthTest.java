package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The health endpoint an orchestrator polls: the service and each of its checks up, on real Kafka and PostgreSQL. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class HealthTest {

    @Test
    void theServiceAndEveryCheckAreUp() {
        // readiness waits for the Kafka consumers to join their groups, a few seconds after start
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks", not(empty()))
                .body("checks.status", everyItem(equalTo("UP"))));
    }
}
