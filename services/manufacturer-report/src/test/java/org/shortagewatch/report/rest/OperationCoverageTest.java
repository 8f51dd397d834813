package org.shortagewatch.report.rest;

import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.coverage.EndOfSuiteChecks;
import org.shortagewatch.infra.coverage.OperationCoverage;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The checks this suite ends with ({@link EndOfSuiteChecks}): the service up, and every operation called successfully
 * by some test, but for the dead-letter re-drive, which this service cannot answer successfully.
 */
@QuarkusTest
@TestProfile(EndOfSuiteChecks.LastApplication.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class OperationCoverageTest extends EndOfSuiteChecks {

    @Override
    protected OperationCoverage exceptions(OperationCoverage coverage) {
        return coverage.except("POST /api/v1/dead-letters/{topic}/redrive",
                "this service consumes no topic, so it has no dead-letter topic to re-drive (DeadLetterTest)");
    }
}
