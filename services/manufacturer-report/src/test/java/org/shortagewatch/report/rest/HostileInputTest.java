package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.infra.hostile.HostileSuite;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Every bad input refused: hostile requests generated from this service's OpenAPI document against every write
 * operation, each answered 4xx problem+json naming the field, and nothing stored or published
 * ({@link HostileSuite}).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class HostileInputTest {

    /** Holder of the product the requests are about; organisations of its own, so no other test's rate limit counts. */
    static final String HOLDER = "HOSTILE-MFR1";
    static final String STRANGER = "HOSTILE-MFR9";
    static final String PRODUCT = "2456990F1991";
    /** Products of the supply-risk reports' makers: one reported on, one with a report to withdraw. */
    static final String REPORTED = "2456991F1996";
    static final String WITHDRAWN = "2456992F1990";
    /** A product whose status its maker confirms unchanged. */
    static final String CONFIRMED = "2456993F1995";

    @TestFactory
    Stream<DynamicNode> everyBadInputIsRefused() {
        TestReports.register(PRODUCT, HOLDER);
        String apiKey = given().header("Authorization", manufacturer(HOLDER)).contentType(ContentType.JSON)
                .body("{\"name\":\"hostile-suite\"}").when().post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("id");
        String statusRow = "⑤YJコード,⑫製造販売業者の出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由,⑮解消見込み,"
                + "⑯解消見込み時期,⑰出荷量の状況\n" + PRODUCT + ",通常出荷,2026-11-01,,,,\n";
        TestReports.register(REPORTED, "HOSTILE-MFR7");
        TestReports.register(WITHDRAWN, "HOSTILE-MFR8");
        String from = SupplyRiskReportTest.inDays(30).toString();
        String report = SupplyRiskReportTest.submit("HOSTILE-MFR8", WITHDRAWN, SupplyRiskReportTest.inDays(30));
        TestReports.register(CONFIRMED, "HOSTILE-MFR3");
        String productRow = "①薬剤区分,③成分名,⑤YJコード,⑥品名,⑧製品区分\n内用薬,テスト成分," + PRODUCT + ",テスト錠,後発品\n";
        return HostileSuite.of(URI.create("http://localhost:" + RestAssured.port), Map.ofEntries(
                        Map.entry("POST /api/v1/status-changes", manufacturer(HOLDER)),
                        Map.entry("POST /api/v1/status-changes/bulk", manufacturer("HOSTILE-MFR2")),
                        Map.entry("PUT /api/v1/products/{yj}", manufacturer(HOLDER)),
                        Map.entry("POST /api/v1/products/bulk", manufacturer("HOSTILE-MFR4")),
                        Map.entry("POST /api/v1/api-keys", manufacturer("HOSTILE-MFR5")),
                        Map.entry("DELETE /api/v1/api-keys/{id}", manufacturer(HOLDER)),
                        Map.entry("POST /api/v1/dead-letters/{topic}/redrive",
                                TestTokens.bearer(Roles.ADMIN, "HOSTILE-OPS")),
                        Map.entry("PUT /api/v1/organisations/{code}/supply-manager", manufacturer("HOSTILE-MFR6")),
                        Map.entry("POST /api/v1/supply-risk-reports", manufacturer("HOSTILE-MFR7")),
                        Map.entry("POST /api/v1/supply-risk-reports/{id}/withdrawal", manufacturer("HOSTILE-MFR8")),
                        Map.entry("POST /api/v1/products/{yj}/confirmation", manufacturer("HOSTILE-MFR3")),
                        Map.entry("POST /api/v1/products/confirmations", manufacturer("HOSTILE-MFR3")),
                        Map.entry("POST /api/v1/freshness/sweep", TestTokens.bearer(Roles.ADMIN, "HOSTILE-OPS"))))
                .baseBody("POST /api/v1/status-changes", "{\"yjCode\":\"" + PRODUCT + "\",\"reason\":\"MANUFACTURING_TROUBLE\"}")
                .baseBody("POST /api/v1/status-changes/bulk", statusRow)
                .pathValues("PUT /api/v1/products/{yj}", Map.of("yj", PRODUCT))
                .baseBody("PUT /api/v1/products/{yj}", "{\"manufacturerCode\":\"" + HOLDER + "\"}")
                .otherOrganisation("PUT /api/v1/products/{yj}", manufacturer(STRANGER))
                .baseBody("POST /api/v1/products/bulk", productRow)
                .objectOf("DELETE /api/v1/api-keys/{id}", Map.of("id", apiKey), manufacturer(STRANGER))
                .otherOrganisation("POST /api/v1/status-changes", manufacturer(STRANGER))
                .pathValues("PUT /api/v1/organisations/{code}/supply-manager", Map.of("code", "HOSTILE-MFR6"))
                .baseBody("PUT /api/v1/organisations/{code}/supply-manager", SupplyManagerTest.manager("山田 太郎", from))
                .otherOrganisation("PUT /api/v1/organisations/{code}/supply-manager", manufacturer(STRANGER))
                .baseBody("POST /api/v1/supply-risk-reports", SupplyRiskReportTest.body(REPORTED, "STOPPED",
                        SupplyRiskReportTest.inDays(30)))
                .otherOrganisation("POST /api/v1/supply-risk-reports", manufacturer(STRANGER))
                .pathValues("POST /api/v1/supply-risk-reports/{id}/withdrawal", Map.of("id", report))
                .baseBody("POST /api/v1/supply-risk-reports/{id}/withdrawal", "{\"reason\":\"見込みが立った\"}")
                .otherOrganisation("POST /api/v1/supply-risk-reports/{id}/withdrawal", manufacturer(STRANGER))
                .objectOf("POST /api/v1/products/{yj}/confirmation", Map.of("yj", CONFIRMED), manufacturer(STRANGER))
                .baseBody("POST /api/v1/products/confirmations", "{\"yjCodes\":[\"" + CONFIRMED + "\"]}")
                .tests();
    }

    private static String manufacturer(String org) {
        return TestTokens.bearer(Roles.MANUFACTURER, org);
    }
}
