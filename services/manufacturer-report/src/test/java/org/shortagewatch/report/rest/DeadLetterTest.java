package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * This service publishes events and consumes none, so it has no dead-letter topic: its administrators see an empty
 * list, and a re-drive of any topic is not found (the endpoints are common to every service).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class DeadLetterTest {

    @Test
    void thereIsNoDeadLetterTopicToListOrReDrive() {
        String admin = TestTokens.bearer(Roles.ADMIN, "ops");
        given().header("Authorization", admin).when().get("/api/v1/dead-letters")
                .then().statusCode(200).contentType(ContentType.JSON).body("$", empty());
        given().header("Authorization", admin).when().post("/api/v1/dead-letters/{topic}/redrive", "supply-status-dlq")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }
}
