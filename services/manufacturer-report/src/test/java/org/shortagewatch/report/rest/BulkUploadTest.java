package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.report.rest.TestUploads.CSV;
import static org.shortagewatch.report.rest.TestUploads.HOLDER;
import static org.shortagewatch.report.rest.TestUploads.NEXT;
import static org.shortagewatch.report.rest.TestUploads.STATUS_HEADER;
import static org.shortagewatch.report.rest.TestUploads.XLSX;
import static org.shortagewatch.report.rest.TestUploads.as;
import static org.shortagewatch.report.rest.TestUploads.changesOf;
import static org.shortagewatch.report.rest.TestUploads.finished;
import static org.shortagewatch.report.rest.TestUploads.products;
import static org.shortagewatch.report.rest.TestUploads.statusRowsOutcome;
import static org.shortagewatch.report.rest.TestUploads.upload;
import static org.shortagewatch.report.rest.TestUploads.uploadStatusRows;
import static org.shortagewatch.report.rest.TestUploads.utf8;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.CloudEvents;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ProductChanged;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TopicReader;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ProductDetails;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.report.domain.nationallist.ListWriter;
import org.shortagewatch.events.YjCodes;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Bulk uploads of the national list's files, end to end on a real PostgreSQL and a real Kafka broker. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class BulkUploadTest {

    @Test
    void everyRowOfAValidFileBecomesOneChangeAndOneEventWithAllItsFields() throws Exception {
        List<String> yj = products(3);
        String id = uploadStatusRows("all-or-nothing",
                yj.get(0) + ",通常出荷,2026-11-01,,,,A\n"
                + yj.get(1) + ",②限定出荷（自社の事情）,2026-11-02,3．製造トラブル,あり,2027年3月,B\n"
                + yj.get(2) + ",供給停止,2026-11-03,品質トラブル,未定,,C\n");
        finished(HOLDER, id).body("state", equalTo("SUCCEEDED")).body("totalRows", equalTo(3))
                .body("acceptedRows", equalTo(3)).body("rejectedRows", equalTo(0));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(Roles.MANUFACTURER, HOLDER)
                .get("/api/v1/bulk-jobs/{id}", id).then().extract().<Integer>path("eventsPublished") == 3);

        List<ConsumerRecord<String, String>> second = TestReports.eventsFor(yj.get(1), 1);
        assertEquals(1, second.size(), "exactly one event");
        SupplyStatusChanged event = EventJson.read(second.get(0).value(), SupplyStatusChanged.class);
        StatusReport report = event.report();
        assertEquals(ShipmentResponse.LIMITED_OWN_REASONS, report.shipmentResponse());
        assertEquals(ShortageReason.MANUFACTURING_TROUBLE, report.reason());
        assertEquals(LocalDate.of(2027, 3, 31), report.expectedResolutionDate());
        assertEquals(ShipmentVolume.B, report.shipmentVolume());
        assertEquals(HOLDER, event.reportedBy());
        assertEquals(1, event.revision());
        assertEquals(SupplyStatusChanged.TYPE, TestReports.header(second.get(0), CloudEvents.TYPE));
        given().get("/api/v1/products/{yj}/status?asOf=2026-11-30", yj.get(2)).then().statusCode(200)
                .body("current.shipmentResponse", equalTo("STOPPED"));
    }

    @Test
    void allOrNothingRejectsTheWholeFileNamingRowAndColumnAndRecordsNothing() throws Exception {
        List<String> yj = products(2);
        long outbox = TestReports.count("outbox");
        statusRowsOutcome(null,
                yj.get(0) + ",通常出荷,2026-11-01,,,,\n"
                + yj.get(1) + ",供給停止,2026-11-01,,,,\n") // a stop without its reason
                .body("state", equalTo("REJECTED")).body("acceptedRows", equalTo(0))
                .body("errorCount", equalTo(1))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("⑭限定出荷等の理由"))
                .body("errors[0].field", equalTo("reason"));
        assertEquals(0, changesOf(yj), "nothing stored");
        assertEquals(outbox, TestReports.count("outbox"), "nothing queued for Kafka");
    }

    @Test
    void acceptValidRecordsTheValidRowsAndListsTheOthers() throws Exception {
        List<String> yj = products(2);
        statusRowsOutcome("accept-valid",
                yj.get(0) + ",通常出荷,2026-11-01,,,,\n"
                + yj.get(1) + ",限定出荷（その他）,2026-11-01,9,,,\n"
                + "2456999F1313,通常出荷,2026-11-01,,,,\n") // nobody's product
                .body("state", equalTo("PARTIALLY_SUCCEEDED")).body("acceptedRows", equalTo(1))
                .body("rejectedRows", equalTo(2))
                .body("errors.row", equalTo(List.of(3, 4)))
                .body("errors.field", equalTo(List.of("reason", "yjCode")));
        assertEquals(1, changesOf(yj));
        assertEquals(1, TestReports.eventsFor(yj.get(0), 1).size());
    }

    @Test
    void anXlsxWorkbookInTheNationalLayoutIsReadLikeCsv() throws Exception {
        String yj = products(1).get(0);
        ProductDetails product = new ProductDetails(yj, "x", "x", null, DrugCategory.INTERNAL,
                ProductCategory.GENERIC, false, SupplySecurityClass.NONE, HOLDER, HOLDER, null, List.of(), List.of());
        StatusReport status = new StatusReport(yj, ShipmentResponse.LIMITED_OTHER, ShortageReason.RAW_MATERIALS,
                LocalDate.of(2026, 11, 5), null, null, null, null, null, ShipmentVolume.B, null, null, "通常の50%");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ListWriter.xlsx(List.of(new ListWriter.Entry(product, status, LocalDate.of(2026, 11, 5))), xlsx);
        String id = upload(as(Roles.MANUFACTURER, HOLDER), "/api/v1/status-changes/bulk", "all-or-nothing", XLSX,
                xlsx.toByteArray());
        finished(HOLDER, id).body("state", equalTo("SUCCEEDED")).body("format", equalTo("XLSX"));
        given().get("/api/v1/products/{yj}/status?asOf=2026-11-30", yj).then()
                .body("current.reason", equalTo("RAW_MATERIALS"))
                .body("current.volumeImprovementAmount", equalTo("通常の50%"));
    }

    @Test
    void aRetriedUploadWithTheSameIdempotencyKeyGetsTheSameJobAndRecordsNothingMore() throws Exception {
        String yj = products(1).get(0);
        byte[] csv = utf8(STATUS_HEADER + yj + ",通常出荷,2026-11-01,,,,\n");
        String key = java.util.UUID.randomUUID().toString();
        String first = upload(as(Roles.MANUFACTURER, HOLDER).header("Idempotency-Key", key),
                "/api/v1/status-changes/bulk", "all-or-nothing", CSV, csv);
        finished(HOLDER, first).body("state", equalTo("SUCCEEDED"));
        long jobs = TestDatabase.count("select count(*) from bulk_job");

        as(Roles.MANUFACTURER, HOLDER).header("Idempotency-Key", key).contentType(CSV).body(csv)
                .queryParam("mode", "all-or-nothing")
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(202).header("Idempotent-Replayed", "true").body("id", equalTo(first))
                .body("state", equalTo("SUCCEEDED"));
        assertEquals(jobs, TestDatabase.count("select count(*) from bulk_job"), "no second job");
        assertEquals(1, changesOf(List.of(yj)), "no second change");

        as(Roles.MANUFACTURER, HOLDER).header("Idempotency-Key", key).contentType(CSV)
                .body(utf8(STATUS_HEADER + yj + ",供給停止,2026-11-01,1,,,\n"))
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void badUploadsAreRefusedAtOnceNamingTheFieldAndCreateNoJob() throws Exception {
        long jobs = TestDatabase.count("select count(*) from bulk_job");
        byte[] csv = utf8(STATUS_HEADER);
        as(Roles.MANUFACTURER, HOLDER).contentType(CSV).body(csv).queryParam("mode", "some")
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("mode"));
        as(Roles.MANUFACTURER, HOLDER).contentType(CSV).body(new byte[0])
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(400).body("errors.field", hasItem("file"));
        as(Roles.MANUFACTURER, HOLDER).contentType(XLSX).body(csv)
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(400).body("errors.field", hasItem("file"));
        // a few bytes: too short even for the workbook check, refused the same way
        as(Roles.MANUFACTURER, HOLDER).contentType(XLSX).body(new byte[] {'P', 'K', 3})
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(400).body("errors.field", hasItem("file"));
        as(Roles.MANUFACTURER, HOLDER).contentType("application/pdf").body(csv)
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(415).contentType("application/problem+json");
        as(Roles.FACILITY, "1341234563").contentType(CSV).body(csv)
                .when().post("/api/v1/status-changes/bulk")
                .then().statusCode(403);
        given().contentType(CSV).body(csv).when().post("/api/v1/status-changes/bulk").then().statusCode(401);
        assertEquals(jobs, TestDatabase.count("select count(*) from bulk_job"));
    }

    @Test
    void aFileThatIsNotTheNationalLayoutIsRefusedWithTheReason() {
        as(Roles.MANUFACTURER, HOLDER).contentType(CSV).body(utf8("name,value\na,1\n")).post("/api/v1/status-changes/bulk")
                .then().statusCode(400).body("errors[0].field", equalTo("file"))
                .body("errors[0].detail", matchesPattern(".*⑤YJコード.*"));
    }

    @Test
    void aJobIsSeenOnlyByItsOrganisationAndAdmins() {
        String yj = products(1).get(0);
        String id = uploadStatusRows(null, yj + ",通常出荷,2026-11-01,,,,\n");
        as(Roles.MANUFACTURER, "MFR999").get("/api/v1/bulk-jobs/{id}", id).then().statusCode(404);
        as(Roles.ADMIN, "ops").get("/api/v1/bulk-jobs/{id}", id).then().statusCode(200);
        as(Roles.MANUFACTURER, "MFR999").get("/api/v1/bulk-jobs/{id}", "not-a-uuid").then().statusCode(404);
    }

    @Test
    void anotherManufacturersProductsAreRefusedRowByRow() throws Exception {
        String mine = products(1).get(0);
        String theirs = YjCodes.withCheckCharacter(String.format("3%06dF101", NEXT.incrementAndGet()));
        TestReports.register(theirs, "MFR202");
        statusRowsOutcome("accept-valid", mine + ",通常出荷,2026-11-01,,,,\n" + theirs + ",供給停止,2026-11-01,1,,,\n")
                .body("state", equalTo("PARTIALLY_SUCCEEDED"))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("yjCode"));
        assertEquals(0, changesOf(List.of(theirs)));
    }

    @Test
    void productsAreRegisteredInBulkByAnAdminForAnyHolderOrByAManufacturerForItself() throws Exception {
        String a = YjCodes.withCheckCharacter(String.format("4%06dF101", NEXT.incrementAndGet()));
        String b = YjCodes.withCheckCharacter(String.format("4%06dF101", NEXT.incrementAndGet()));
        String header = "①薬剤区分,③成分名,④規格単位,⑤YJコード,⑥品名,⑦製造販売業者名,⑧製品区分,⑨基礎的医薬品,⑩供給確保医薬品,"
                + "⑪薬価収載年月日,製造販売業者コード\n";
        String id = upload(as(Roles.ADMIN, "ops"), "/api/v1/products/bulk", null, CSV, utf8(header
                + "内用薬,テスト成分,10mg1錠," + a + ",テスト錠A,テスト製薬,先発品,○,A,2020-04-01,MFR301\n"
                + "注射薬,テスト成分,1mL1管," + b + ",テスト注B,別製薬,後発品,,,令和2年4月1日,MFR302\n"));
        as(Roles.ADMIN, "ops").get("/api/v1/bulk-jobs/{id}", id);
        await().atMost(Duration.ofSeconds(60)).until(() -> "SUCCEEDED".equals(as(Roles.ADMIN, "ops")
                .get("/api/v1/bulk-jobs/{id}", id).then().extract().path("state")));
        given().get("/api/v1/products/{yj}", a).then().statusCode(200)
                .body("manufacturerCode", equalTo("MFR301")).body("basicDrug", equalTo(true))
                .body("supplySecurityClass", equalTo("A")).body("productCategoryLabel", equalTo("先発品"))
                .body("ingredientKey", equalTo(a.substring(0, 7)));
        given().get("/api/v1/products/{yj}", b).then().body("priceListingDate", equalTo("2020-04-01"))
                .body("drugCategory", equalTo("INJECTION"));

        // MFR301 updates its own product without the code column; MFR302's product in its file is refused.
        String own = upload(as(Roles.MANUFACTURER, "MFR301"), "/api/v1/products/bulk", "accept-valid", CSV,
                utf8("①薬剤区分,③成分名,⑤YJコード,⑥品名,⑧製品区分\n内用薬,テスト成分," + a + ",新しい名前,先発品\n"
                        + "内用薬,テスト成分," + b + ",乗っ取り,後発品\n"));
        finished("MFR301", own).body("state", equalTo("PARTIALLY_SUCCEEDED"))
                .body("errors[0].row", equalTo(3)).body("errors[0].field", equalTo("yjCode"));
        given().get("/api/v1/products/{yj}", a).then().body("productName", equalTo("新しい名前"));
        given().get("/api/v1/products/{yj}", b).then().body("manufacturerCode", equalTo("MFR302"));
        assertTrue(TestDatabase.count("select count(*) from audit_log where action = 'product.bulk'") >= 2);

        // Every write of a record is one ProductChanged event, in version order.
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        List<ProductChanged> events = TopicReader.read(bootstrap, ProductChanged.TOPIC, Duration.ofSeconds(20),
                records -> records.stream().filter(r -> a.equals(r.key())).count() > 2)
                .stream().filter(r -> a.equals(r.key())).map(r -> EventJson.read(r.value(), ProductChanged.class))
                .toList();
        assertEquals(List.of(1L, 2L), events.stream().map(ProductChanged::version).toList());
        assertEquals("新しい名前", events.get(1).product().productName());
    }
}
