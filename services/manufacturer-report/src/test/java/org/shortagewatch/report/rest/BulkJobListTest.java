package org.shortagewatch.report.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.shortagewatch.report.rest.TestUploads.CSV;
import static org.shortagewatch.report.rest.TestUploads.STATUS_HEADER;
import static org.shortagewatch.report.rest.TestUploads.as;
import static org.shortagewatch.report.rest.TestUploads.finished;
import static org.shortagewatch.report.rest.TestUploads.upload;
import static org.shortagewatch.report.rest.TestUploads.utf8;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.events.YjCodes;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A file of 500 rows with 3 bad ones, in either mode: the job counts the rows it checked and the bad rows as rejected;
 * an organisation lists its own jobs, newest first, a page at a time. On a real PostgreSQL and Kafka broker.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class BulkJobListTest {

    static final String ORG = "MFR812";
    static final int ROWS = 500;

    @Test
    void aFileWithThreeBadRowsOf500RejectsThreeAndTheJobsAreListedToTheirOrganisationNewestFirst() {
        List<String> yj = new ArrayList<>();
        StringBuilder products = new StringBuilder("①薬剤区分,③成分名,⑤YJコード,⑥品名,⑧製品区分,製造販売業者コード\n");
        StringBuilder statuses = new StringBuilder(STATUS_HEADER);
        for (int i = 0; i < ROWS; i++) {
            String code = YjCodes.withCheckCharacter(String.format("83%05dF101", i));
            yj.add(code);
            products.append("内用薬,一覧成分,").append(code).append(",一覧錠,後発品,").append(ORG).append('\n');
            // Rows 2, 252 and 501 stop supply without a reason.
            boolean bad = i == 0 || i == 250 || i == ROWS - 1;
            statuses.append(code).append(bad ? ",供給停止,2026-11-01,,,,\n" : ",通常出荷,2026-11-01,,,,\n");
        }
        finished("ops", upload(as(Roles.ADMIN, "ops"), "/api/v1/products/bulk", null, CSV, utf8(products.toString())))
                .body("state", equalTo("SUCCEEDED")).body("acceptedRows", equalTo(ROWS));

        String rejected = upload(as(Roles.MANUFACTURER, ORG), "/api/v1/status-changes/bulk", "all-or-nothing", CSV,
                utf8(statuses.toString()));
        finished(ORG, rejected).body("state", equalTo("REJECTED")).body("totalRows", equalTo(ROWS))
                .body("validatedRows", equalTo(ROWS)).body("acceptedRows", equalTo(0))
                .body("rejectedRows", equalTo(3)).body("errorCount", equalTo(3))
                .body("errors.row", equalTo(List.of(2, 252, 501)));
        String partial = upload(as(Roles.MANUFACTURER, ORG), "/api/v1/status-changes/bulk", "accept-valid", CSV,
                utf8(statuses.toString()));
        finished(ORG, partial).body("state", equalTo("PARTIALLY_SUCCEEDED")).body("validatedRows", equalTo(ROWS))
                .body("acceptedRows", equalTo(ROWS - 3)).body("rejectedRows", equalTo(3));

        as(Roles.MANUFACTURER, ORG).queryParam("size", 1).get("/api/v1/bulk-jobs").then().statusCode(200)
                .body("items.id", equalTo(List.of(partial))).body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2)).body("items[0]", not(hasKey("errors")))
                .body("items[0].rejectedRows", equalTo(3)).body("items[0].errorCount", equalTo(3));
        as(Roles.MANUFACTURER, ORG).queryParam("size", 1).queryParam("page", 2).get("/api/v1/bulk-jobs").then()
                .statusCode(200).body("items.id", equalTo(List.of(rejected))).body("page", equalTo(2));
        as(Roles.MANUFACTURER, "MFR999").get("/api/v1/bulk-jobs").then().statusCode(200)
                .body("items.id", not(hasItem(rejected)));
        as(Roles.ADMIN, "ops").queryParam("size", 500).get("/api/v1/bulk-jobs").then().statusCode(200)
                .body("items.id", hasItems(partial, rejected));
        as(Roles.MANUFACTURER, ORG).queryParam("size", 0).get("/api/v1/bulk-jobs").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        as(Roles.FACILITY, "1341234563").get("/api/v1/bulk-jobs").then().statusCode(403);
    }
}
