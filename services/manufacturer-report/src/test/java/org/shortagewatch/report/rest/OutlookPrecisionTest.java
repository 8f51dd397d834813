package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shortagewatch.report.rest.TestReports.asManufacturer;
import static org.shortagewatch.report.rest.TestReports.eventsFor;
import static org.shortagewatch.report.rest.TestReports.freshYj;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.report.domain.nationallist.ListColumn;
import org.shortagewatch.report.domain.nationallist.ListFile;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * An outlook's date stated to part of a month (2027年3月下旬) is kept with its precision: in the answer, the product's
 * history, the supply-status event and the exported national list, which writes it as the list does.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class OutlookPrecisionTest {

    @Test
    void anOutlookStatedToPartOfAMonthIsKeptAsStatedInTheHistoryTheEventAndTheList() throws Exception {
        String yj = freshYj();
        asManufacturer().contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"LIMITED_OWN_REASONS","reason":"RAW_MATERIALS",
                         "effectiveDate":"2026-12-01","resolutionOutlook":"YES","expectedResolutionDate":"2027-03-05",
                         "expectedResolutionPrecision":"LATE_MONTH","shipmentVolume":"B",
                         "volumeImprovementDate":"2027-01-15","volumeImprovementPrecision":"MONTH"}""".formatted(yj))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201)
                .body("expectedResolutionDate", equalTo("2027-03-31"))
                .body("expectedResolutionPrecision", equalTo("LATE_MONTH"))
                .body("volumeImprovementDate", equalTo("2027-01-31"))
                .body("volumeImprovementPrecision", equalTo("MONTH"));
        given().get("/api/v1/products/{yj}/status?asOf=2026-12-02", yj).then().statusCode(200)
                .body("current.expectedResolutionPrecision", equalTo("LATE_MONTH"))
                .body("history[0].volumeImprovementPrecision", equalTo("MONTH"));
        StatusReport report = EventJson.read(eventsFor(yj, 1).get(0).value(), SupplyStatusChanged.class).report();
        assertEquals(LocalDate.of(2027, 3, 31), report.expectedResolutionDate());
        assertEquals(DatePrecision.LATE_MONTH, report.expectedResolutionPrecision());

        byte[] csv = given().get("/api/v1/national-list?format=csv&asOf=2026-12-02").then().statusCode(200).extract()
                .asByteArray();
        ListFile list = ListFile.read(FileFormat.CSV, csv, null, 100_000);
        var row = list.rows().stream().filter(r -> yj.equals(list.cell(r, ListColumn.YJ_CODE))).findFirst()
                .orElseThrow();
        assertEquals("2027年3月下旬", list.cell(row, ListColumn.EXPECTED_RESOLUTION_DATE));
        assertEquals("2027年1月", list.cell(row, ListColumn.VOLUME_IMPROVEMENT_DATE));
    }
}
