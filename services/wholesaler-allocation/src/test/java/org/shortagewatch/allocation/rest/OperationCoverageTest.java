package org.shortagewatch.allocation.rest;

import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.coverage.EndOfSuiteChecks;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The checks this suite ends with: the service up, and every operation called successfully by some test. */
@QuarkusTest
@TestProfile(EndOfSuiteChecks.LastApplication.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class OperationCoverageTest extends EndOfSuiteChecks {
}
