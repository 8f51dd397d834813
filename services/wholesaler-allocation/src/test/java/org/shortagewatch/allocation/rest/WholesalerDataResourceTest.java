package org.shortagewatch.allocation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Wholesalers' orders, shipments, stock and supply, and facilities' "cannot obtain" reports, as posted. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class WholesalerDataResourceTest {

    private static final AtomicInteger NEXT = new AtomicInteger(500);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A product no other test uses. */
    static String freshYj() {
        return String.format("1149%03dF1020", NEXT.getAndIncrement());
    }

    static RequestSpecification as(String role, String org) {
        return given().header("Authorization", TestTokens.bearer(role, org));
    }

    static long records(String yj) throws Exception {
        return TestDatabase.count("select count(*) from wholesaler_record where yj_code = ?", yj);
    }

    /** The product's stored records that meet {@code condition} (SQL on wholesaler_record). */
    static long records(String yj, String condition) throws Exception {
        return TestDatabase.count("select count(*) from wholesaler_record where yj_code = ? and " + condition, yj);
    }

    /** Posts one record as JSON to the wholesaler's records of {@code kind}, as {@code role} of {@code org}. */
    static ValidatableResponse postJson(String role, String org, String wholesaler, String kind, Object record) {
        return as(role, org).contentType("application/json").body(record)
                .post("/api/v1/wholesalers/{w}/{kind}", wholesaler, kind).then();
    }

    /** Posts one record as JSON to its own records of {@code kind}, as wholesaler WHS001. */
    static ValidatableResponse postJson(String kind, Object record) {
        return postJson(Roles.WHOLESALER, "WHS001", "WHS001", kind, record);
    }

    /** Posts a file to WHS001's records of {@code kind}, as WHS001. */
    static ValidatableResponse postFile(String kind, String contentType, byte[] file) {
        return as(Roles.WHOLESALER, "WHS001").contentType(contentType).body(file)
                .post("/api/v1/wholesalers/WHS001/{kind}", kind).then();
    }

    /** A CSV file in UTF-8, as {@link #postFile} sends it. */
    static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> order(String facility, String yj, long units, String unit) {
        return Map.of("reference", "ORD-" + yj + "-" + facility, "facilityCode", facility, "yjCode", yj,
                "date", "2026-11-20", "units", units, "unit", unit);
    }

    @Test
    void aWholesalerPostsAnOrderForItself() throws Exception {
        String yj = freshYj();
        postJson("orders", order("1341234563", yj, 300, "錠"))
                .statusCode(200)
                .body("kind", equalTo("ORDER"))
                .body("records", equalTo(1))
                .body("ingredients", hasItem(yj.substring(0, 7)));
        // Posted again under the same reference: replaced, not doubled.
        postJson("orders", order("1341234563", yj, 280, "錠")).statusCode(200);
        assertEquals(1, records(yj));
        assertEquals(1, records(yj, "units = 280 and prefecture_code = '13'"));
    }

    @Test
    void aBadFacilityCodeIsNamedAndNothingIsStored() throws Exception {
        String yj = freshYj();
        postJson("shipments", order("1341234567", yj, 300, "錠"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("facilityCode"))
                .body("errors[0].pointer", equalTo("#/facilityCode"));
        assertEquals(0, records(yj));
    }

    /**
     * A wholesaler counts a product in one unit, its first record's; another wholesaler's first record fixes its own,
     * so no wholesaler's records are refused for another's unit.
     */
    @Test
    void aWholesalerKeepsOneUnitPerProductAndAnothersIsItsOwn() throws Exception {
        String yj = freshYj();
        postJson("orders", order("1341234563", yj, 3, "錠")).statusCode(200);
        postJson(Roles.WHOLESALER, "WHS002", "WHS002", "orders", order("4711234569", yj, 3, "mL")).statusCode(200);
        postJson("orders", order("4711234569", yj, 3, "mL"))
                .statusCode(400)
                .body("errors[0].field", equalTo("unit"))
                .body("errors[0].detail", equalTo("「mL」は " + yj + " の単位ではありません（単位は「錠」）"));
        postJson(Roles.WHOLESALER, "WHS002", "WHS002", "orders", order("1341234563", yj, 3, "錠")).statusCode(400)
                .body("errors[0].detail", equalTo("「錠」は " + yj + " の単位ではありません（単位は「mL」）"));
        assertEquals(2, records(yj));
    }

    @Test
    void aBulkUploadIsAllOrNothingWithErrorsByRowAndColumn() throws Exception {
        String yj = freshYj();
        String good = "1341234563," + yj + ",2026-11-01,100,錠\n";
        postFile("shipments", "text/csv; charset=UTF-8",
                utf8("facilityCode,yjCode,date,units,unit\n" + good + "4811234566," + yj + ",2026-11-01,100,錠\n"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("facilityCode"))
                .body("errors[0].pointer", equalTo("#cell=3,1"))
                .body("detail", startsWith("アップロードに 1 件の誤りがあります"));
        assertEquals(0, records(yj));

        StringBuilder csv = new StringBuilder("reference,facilityCode,yjCode,date,units,unit\n");
        for (int i = 0; i < 500; i++) {
            String facility = FacilityCodes.withCheckDigit(String.format("%02d4%06d", 1 + i % 47, i));
            csv.append("S").append(i).append(',').append(facility).append(',').append(yj).append(",2026-11-0")
                    .append(1 + i % 9).append(",10,錠\n");
        }
        postFile("shipments", "text/csv; charset=UTF-8", utf8(csv.toString()))
                .statusCode(200)
                .body("records", equalTo(500));
        assertEquals(500, records(yj));
        assertEquals(47, TestDatabase.count(
                "select count(distinct prefecture_code) from wholesaler_record where yj_code = ?", yj));
    }

    @Test
    void aUnitMismatchInABulkUploadNamesItsRow() throws Exception {
        String yj = freshYj();
        postFile("stock", "text/csv; charset=UTF-8", utf8("facilityCode,yjCode,date,units,unit\n1341234563," + yj
                + ",2026-11-01,1,錠\n4711234569," + yj + ",2026-11-01,1,包\n"))
                .statusCode(400)
                .body("errors[0].field", equalTo("unit"))
                .body("errors[0].pointer", equalTo("#row=3"));
        assertEquals(0, records(yj));
        assertEquals(0, TestDatabase.count("select count(*) from wholesaler_product_unit where yj_code = ?", yj),
                "the refused upload fixed no unit");
    }

    @Test
    void aBulkUploadMayBeAnXlsxWorkbookOrAShiftJisCsv() throws Exception {
        String yj = freshYj();
        byte[] good = workbook(List.of(List.of("facilityCode", "yjCode", "date", "units", "unit"),
                List.of(1341234563L, yj, LocalDate.of(2026, 11, 2), 100, "錠"),
                List.of("4711234569", yj, "2026-11-03", 40, "錠")));
        postFile("orders", XLSX, good)
                .statusCode(200)
                .body("records", equalTo(2));
        assertEquals(2, records(yj));
        assertEquals(1, TestDatabase.count("select count(*) from wholesaler_product_unit where yj_code = ? and unit = '錠'",
                yj));

        byte[] bad = workbook(List.of(List.of("facilityCode", "yjCode", "date", "units", "unit"),
                List.of("1341234563", yj, "2026-11-04", 1, "錠"),
                List.of("4811234566", yj, "2026-11-04", 1, "錠")));
        postFile("orders", XLSX, bad)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("facilityCode"))
                .body("errors[0].pointer", equalTo("#cell=3,1"))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("facilityCode"));
        assertEquals(2, records(yj));

        String csv = "reference,facilityCode,yjCode,date,units,unit\nSJ-1,1341234563," + yj + ",2026-11-05,7,錠\n";
        postFile("orders", "text/csv; charset=Shift_JIS", csv.getBytes(Charset.forName("windows-31j")))
                .statusCode(200)
                .body("records", equalTo(1));
        assertEquals(3, records(yj), "the unit read from Shift_JIS is the product's 錠");
    }

    /** An xlsx workbook whose first sheet holds {@code rows}. */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("受注");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        ws.value(r, c, day);
                    } else if (value instanceof Number number) {
                        ws.value(r, c, number);
                    } else {
                        ws.value(r, c, (String) value);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void aWholesalerPostsForNoOtherOrganisation() throws Exception {
        String yj = freshYj();
        postJson(Roles.WHOLESALER, "WHS002", "WHS001", "orders", order("1341234563", yj, 3, "錠")).statusCode(403);
        postJson(Roles.FACILITY, "1341234563", "WHS001", "orders", order("1341234563", yj, 3, "錠")).statusCode(403);
        postJson(Roles.ADMIN, "ops", "WHS001", "orders", order("1341234563", yj, 3, "錠")).statusCode(200);
        assertEquals(1, records(yj));
    }

    @Test
    void supplyIsSetPerProductAndPeriod() throws Exception {
        String yj = freshYj();
        Map<String, Object> supply = Map.of("periodStart", "2026-12-01", "periodEnd", "2026-12-31",
                "supplyUnits", 1200, "unit", "錠");
        as(Roles.WHOLESALER, "WHS001").contentType("application/json").body(supply)
                .put("/api/v1/wholesalers/WHS001/supply/" + yj).then().statusCode(200);
        as(Roles.WHOLESALER, "WHS001").contentType("application/json")
                .body(Map.of("periodStart", "2026-12-01", "periodEnd", "2026-11-30", "supplyUnits", 1, "unit", "錠"))
                .put("/api/v1/wholesalers/WHS001/supply/" + yj)
                .then().statusCode(400).body("errors[0].field", equalTo("periodEnd"))
                .body("errors[0].detail", equalTo("期間の終了日（periodEnd）は開始日（periodStart）以降にしてください"));
        assertEquals(1, TestDatabase.count(
                "select count(*) from wholesaler_supply where yj_code = ? and supply_units = 1200", yj));
    }

    @Test
    void aFacilityReportsThatItCannotObtainAProductOncePerDay() throws Exception {
        String yj = freshYj();
        Map<String, Object> report = Map.of("facilityCode", "1341234563", "yjCode", yj, "date", "2026-11-30");
        String id = as(Roles.FACILITY, "1341234563").contentType("application/json").body(report)
                .post("/api/v1/cannot-obtain-reports")
                .then().statusCode(200).body("prefectureCode", equalTo("13")).extract().path("id");
        as(Roles.FACILITY, "1341234563").contentType("application/json").body(report)
                .post("/api/v1/cannot-obtain-reports")
                .then().statusCode(200).body("id", equalTo(id));
        as(Roles.FACILITY, "4711234569").contentType("application/json").body(report)
                .post("/api/v1/cannot-obtain-reports").then().statusCode(403);
        as(Roles.WHOLESALER, "WHS001").contentType("application/json").body(report)
                .post("/api/v1/cannot-obtain-reports").then().statusCode(403);
        assertEquals(1, TestDatabase.count("select count(*) from cannot_obtain_report where yj_code = ?", yj));
    }
}
