package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.shortagewatch.report.rest.TestUploads.as;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.report.domain.ReportingDay;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The scorecard on a real PostgreSQL: a same-day correction replaces the resolution date it corrects. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class ScorecardSameDayTest {

    static final String ORG = "MFR813";

    static void report(String yj, LocalDate effective, LocalDate expected) {
        as(Roles.MANUFACTURER, ORG).contentType(ContentType.JSON).body("""
                {"yjCode":"%s","shipmentResponse":"STOPPED","reason":"MANUFACTURING_TROUBLE","effectiveDate":"%s",
                 "resolutionOutlook":"YES","expectedResolutionDate":"%s"}""".formatted(yj, effective, expected))
                .when().post("/api/v1/status-changes").then().statusCode(201);
    }

    @Test
    void anExpectedResolutionDateCorrectedTheSameDayIsDueOnce() {
        String yj = "8500001F1016";
        TestReports.register(yj, ORG);
        LocalDate today = ReportingDay.today();
        report(yj, today, today.plusDays(10));
        report(yj, today, today.plusDays(15)); // corrects the first, the same day
        given().get("/api/v1/scorecard?asOf=" + today.plusDays(30)).then().statusCode(200)
                .body("manufacturers.find { it.manufacturerCode == '" + ORG + "' }.resolutionDatesDue", equalTo(1))
                .body("manufacturers.find { it.manufacturerCode == '" + ORG + "' }.resolutionDatesKept", equalTo(0))
                .body("manufacturers.find { it.manufacturerCode == '" + ORG + "' }.stoppedEpisodes", equalTo(1));
    }
}
