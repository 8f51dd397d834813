package org.shortagewatch.allocation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The refusals of the product-status endpoint; its answers are covered with the consumer that feeds it. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class ProductStatusResourceTest {

    @Test
    void anUnknownProductIsNotFoundAsProblemJson() {
        given().when().get("/api/v1/products/{yj}", "9999999Z9999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("見つかりません"));
    }

    @Test
    void aMalformedYjCodeInThePathNamesTheParameter() {
        given().when().get("/api/v1/products/{yj}", "not-a-code")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("yj"));
    }
}
