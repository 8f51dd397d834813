package org.shortagewatch.allocation.rest;

import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.journey.ApiKeyJourney;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A wholesaler's machine client posts its orders with an API key, through the shared journey. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class ApiKeyTest extends ApiKeyJourney {

    @Override
    protected int useKey(RequestSpecification withKey, String org) {
        return withKey.contentType(ContentType.JSON)
                .body(WholesalerDataResourceTest.order("1341234563", WholesalerDataResourceTest.freshYj(), 10, "錠"))
                .when().post("/api/v1/wholesalers/{w}/orders", org).statusCode();
    }
}
