package org.shortagewatch.notification.rest;

import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.journey.ApiKeyJourney;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** A wholesaler's machine client reads the wholesaler's inbox with an API key, through the shared journey. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class ApiKeyTest extends ApiKeyJourney {

    @Override
    protected int useKey(RequestSpecification withKey, String org) {
        return withKey.when().get("/api/v1/inbox/{r}", org).statusCode();
    }
}
