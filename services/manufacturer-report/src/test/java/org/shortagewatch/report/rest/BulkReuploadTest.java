package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.report.rest.TestUploads.CSV;
import static org.shortagewatch.report.rest.TestUploads.STATUS_HEADER;
import static org.shortagewatch.report.rest.TestUploads.XLSX;
import static org.shortagewatch.report.rest.TestUploads.as;
import static org.shortagewatch.report.rest.TestUploads.changesOf;
import static org.shortagewatch.report.rest.TestUploads.finished;
import static org.shortagewatch.report.rest.TestUploads.upload;
import static org.shortagewatch.report.rest.TestUploads.utf8;
import static org.shortagewatch.report.rest.TestReports.count;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.bulk.Cells;
import org.shortagewatch.common.bulk.FileFormat;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.report.domain.ReportingDay;
import org.shortagewatch.report.domain.nationallist.ListColumn;
import org.shortagewatch.report.domain.nationallist.ListFile;
import org.shortagewatch.events.YjCodes;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The national list uploaded again as manufacturers do, monthly and whole: rows that repeat what is recorded make no
 * revision, version or event, and the list as this service exports it uploads back with nothing rejected and nothing
 * new. On a real PostgreSQL and Kafka broker.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class BulkReuploadTest {

    static final String ORG = "MFR811";
    static final String PRODUCT_HEADER = "①薬剤区分,③成分名,④規格単位,⑤YJコード,⑥品名,⑦製造販売業者名,⑧製品区分,⑨基礎的医薬品,"
            + "⑩供給確保医薬品,⑪薬価収載年月日\n";
    private static final AtomicInteger NEXT = new AtomicInteger();

    static String code() {
        return YjCodes.withCheckCharacter(String.format("82%05dF101", NEXT.incrementAndGet()));
    }

    /** A product file of {@link #ORG}'s (no code column: the uploader holds every row). */
    static byte[] productFile(List<String> codes) {
        return utf8(PRODUCT_HEADER + codes.stream().map(yj -> "内用薬,再掲成分,10mg1錠," + yj + ",再掲錠,再掲製薬,後発品,○,B,"
                + "2020-04-01\n").collect(Collectors.joining()));
    }

    static ValidatableResponse uploaded(String org, String path, String contentType, byte[] file) {
        String role = org.equals("ops") ? Roles.ADMIN : Roles.MANUFACTURER;
        return finished(org, upload(as(role, org), path, null, contentType, file));
    }

    static long version(String yj) throws Exception {
        return TestDatabase.count("select version from product where yj_code = ?", yj);
    }

    @Test
    void aListUploadedAgainRecordsOnlyTheRowsThatChanged() throws Exception {
        List<String> yj = List.of(code(), code(), code());
        String expected = ReportingDay.today().plusMonths(3).toString();
        String statuses = STATUS_HEADER + yj.get(0) + ",通常出荷,2026-11-01,,,,A\n"
                + yj.get(1) + ",②限定出荷（自社の事情）,2026-11-02,3．製造トラブル,あり," + expected + ",B\n"
                + yj.get(2) + ",供給停止,2026-11-03,品質トラブル,未定,,C\n";
        uploaded(ORG, "/api/v1/products/bulk", CSV, productFile(yj)).body("state", equalTo("SUCCEEDED"))
                .body("unchangedRows", equalTo(0));
        uploaded(ORG, "/api/v1/status-changes/bulk", CSV, utf8(statuses)).body("state", equalTo("SUCCEEDED"))
                .body("acceptedRows", equalTo(3)).body("unchangedRows", equalTo(0));
        long outbox = count("outbox");

        uploaded(ORG, "/api/v1/products/bulk", CSV, productFile(yj)).body("state", equalTo("SUCCEEDED"))
                .body("acceptedRows", equalTo(3)).body("unchangedRows", equalTo(3)).body("rejectedRows", equalTo(0));
        uploaded(ORG, "/api/v1/status-changes/bulk", CSV, utf8(statuses)).body("state", equalTo("SUCCEEDED"))
                .body("acceptedRows", equalTo(3)).body("unchangedRows", equalTo(3)).body("rejectedRows", equalTo(0))
                .body("eventsPublished", equalTo(0));
        assertEquals(3, changesOf(yj), "no new revision");
        assertEquals(1, version(yj.get(0)), "no new version");
        assertEquals(outbox, count("outbox"), "no event");

        // One row changed (volume A to A+): only it is recorded.
        uploaded(ORG, "/api/v1/status-changes/bulk", CSV, utf8(statuses.replace(",通常出荷,2026-11-01,,,,A\n",
                ",通常出荷,2026-11-01,,,,A+\n"))).body("state", equalTo("SUCCEEDED"))
                .body("acceptedRows", equalTo(3)).body("unchangedRows", equalTo(2));
        assertEquals(4, changesOf(yj));
        assertEquals(outbox + 1, count("outbox"));
    }

    @Test
    void theExportedListUploadsBackWithNothingRejectedAndNothingNew() throws Exception {
        String reported = code();
        String neverReported = code();
        uploaded(ORG, "/api/v1/products/bulk", CSV, productFile(List.of(reported, neverReported)));
        uploaded(ORG, "/api/v1/status-changes/bulk", CSV, utf8(STATUS_HEADER + reported
                + ",④限定出荷（その他）,2026-11-05,8,未定,,B\n")).body("state", equalTo("SUCCEEDED"));
        long outbox = count("outbox");
        int products = given().get("/api/v1/national-list").then().statusCode(200).extract().jsonPath()
                .getList("products").size();

        byte[] csv = given().get("/api/v1/national-list?format=csv").then().statusCode(200).extract().asByteArray();
        byte[] xlsx = given().get("/api/v1/national-list?format=xlsx").then().statusCode(200).extract().asByteArray();
        for (Map.Entry<String, byte[]> file : Map.of(CSV, csv, XLSX, xlsx).entrySet()) {
            for (String path : List.of("/api/v1/products/bulk", "/api/v1/status-changes/bulk")) {
                ValidatableResponse job = uploaded("ops", path, file.getKey(), file.getValue());
                String id = job.extract().path("id");
                job.body("state", equalTo("SUCCEEDED")).body("rejectedRows", equalTo(0))
                        .body("totalRows", equalTo(products)).body("acceptedRows", equalTo(products))
                        .body("unchangedRows", equalTo(products));
                assertEquals(0, TestDatabase.count("select count(*) from status_change where bulk_job_id = ?::uuid",
                        id), path + " " + file.getKey());
            }
        }
        assertEquals(outbox, count("outbox"), "no new revision, version or event");

        // ⑳ is the day the row's information was last updated: here the day its status was reported.
        Instant reportedAt = Instant.parse(given().get("/api/v1/products/{yj}/status", reported).then()
                .extract().path("current.reportedAt"));
        ListFile exported = ListFile.read(FileFormat.CSV, csv, null, 100_000);
        String updated = exported.rows().stream().filter(row -> reported.equals(exported.cell(row, ListColumn.YJ_CODE)))
                .map(row -> exported.cell(row, ListColumn.UPDATED)).findFirst().orElseThrow();
        assertEquals(LocalDate.ofInstant(reportedAt, ReportingDay.JAPAN), Cells.date(updated));

        // The workbook declares its real dimension (24 columns: ① to ⑳, two of ours, and the export's 最終確認日 and
        // 確認期限超過) and a default style.
        Map<String, String> parts = unzipped(xlsx);
        assertTrue(parts.get("xl/worksheets/sheet1.xml").contains("<dimension ref=\"A1:X" + (products + 1) + "\"/>"),
                () -> parts.get("xl/worksheets/sheet1.xml").substring(0, 500));
        assertTrue(parts.get("xl/styles.xml").contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"));
    }

    static Map<String, String> unzipped(byte[] xlsx) throws Exception {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
