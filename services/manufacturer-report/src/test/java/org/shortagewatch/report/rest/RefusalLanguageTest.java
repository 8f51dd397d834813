package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service's own refusals, like the framework's, are written in Japanese unless the caller asks for English; the
 * English wording stays as clients already match it.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class RefusalLanguageTest {

    private static final String NORMAL_WITH_REASON = "{\"yjCode\":\"2456990F1312\",\"shipmentResponse\":\"NORMAL\","
            + "\"reason\":\"MANUFACTURING_TROUBLE\",\"effectiveDate\":\"2026-12-01\"}";

    @Test
    void aBrokenReportingRuleIsExplainedInJapaneseByDefault() {
        TestReports.asManufacturer().contentType("application/json").body(NORMAL_WITH_REASON)
                .when().post("/api/v1/status-changes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "ja")
                .body("detail", equalTo("reason: 通常出荷には限定出荷等の理由を付けません"))
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].detail", equalTo("通常出荷には限定出荷等の理由を付けません"));
    }

    @Test
    void aBrokenReportingRuleIsExplainedInEnglishOnRequest() {
        TestReports.asManufacturer().header("Accept-Language", "en")
                .contentType("application/json").body(NORMAL_WITH_REASON)
                .when().post("/api/v1/status-changes")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("detail", equalTo("reason: normal shipment (通常出荷) carries no shortage reason"))
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].detail", equalTo("normal shipment (通常出荷) carries no shortage reason"));
    }

    /** A parameter the endpoint takes once, given twice, is refused naming it, a search's included. */
    @Test
    void aParameterGivenTwiceIsRefusedNamingIt() {
        given().when().get("/api/v1/products?page=1&page=2")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].detail", equalTo("一度だけ指定してください（2 回指定されています）"));
        given().header("Accept-Language", "en").when().get("/api/v1/products?q=a&q=b")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].detail", equalTo("may be given once (it was given 2 times)"));
        given().when().get("/api/v1/products/{yj}?asOf=2026-12-01&asOf=2026-12-02", "9999999Z9999")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    /** A malformed Accept-Language is passed over: the refusal stays a 4xx, in Japanese, never a 500. */
    @Test
    void aMalformedAcceptLanguageIsPassedOver() {
        for (String header : new String[] {"en;q=abc", "en;q=2", "en;q=", "en;level=1"}) {
            given().header("Accept-Language", header).when().get("/api/v1/products/{yj}", "9999999Z9999")
                    .then().statusCode(404).header("Content-Language", "ja")
                    .body("detail", equalTo("品目 9999999Z9999 はありません"));
            given().header("Accept-Language", header).when().get("/api/v1/products/{yj}/status", "x")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("yj"));
            given().header("Accept-Language", header).when().get("/api/v1/products?size=0")
                    .then().statusCode(400).body("errors[0].field", equalTo("size"));
            TestReports.asManufacturer().header("Accept-Language", header)
                    .contentType("application/json").body(NORMAL_WITH_REASON)
                    .when().post("/api/v1/status-changes")
                    .then().statusCode(400).header("Content-Language", "ja")
                    .body("errors[0].field", equalTo("reason"));
        }
    }

    @Test
    void anUnknownProductAndABadQueryParameterAreRefusedInTheCallersLanguage() {
        given().when().get("/api/v1/products/{yj}", "9999999Z9999")
                .then().statusCode(404)
                .body("detail", equalTo("品目 9999999Z9999 はありません"));
        given().header("Accept-Language", "en").when().get("/api/v1/products/{yj}", "9999999Z9999")
                .then().statusCode(404)
                .body("detail", equalTo("no product 9999999Z9999"));
        given().when().get("/api/v1/products?size=0")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].detail", equalTo("「0」ではなく 1 から 500 までの整数にしてください"));
        given().header("Accept-Language", "en").when().get("/api/v1/products?size=0")
                .then().statusCode(400)
                .body("errors[0].detail", equalTo("'0' is not a whole number from 1 to 500"));
    }

    @Test
    void aBulkJobsRowErrorsReadInTheLanguageOfWhoeverAsks() {
        String yj = TestUploads.products(1).get(0);
        String id = TestUploads.uploadStatusRows(null, yj + ",通常出荷,soon,,,,\n");
        TestUploads.finished(TestUploads.HOLDER, id)
                .body("state", equalTo("REJECTED"))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("⑬⑫の更新日"))
                .body("errors[0].field", equalTo("effectiveDate"))
                .body("errors[0].detail", equalTo("「soon」は日付として読めません。2023-11-01、2023/11/01、令和5年11月1日の形で"
                        + "書いてください"))
                .body("failure", equalTo("1 行のうち 1 行に誤りがあるため、何も記録していません"));
        TestUploads.as(Roles.MANUFACTURER, TestUploads.HOLDER).header("Accept-Language", "en")
                .get("/api/v1/bulk-jobs/{id}", id).then().statusCode(200)
                .body("failure", equalTo("1 of 1 rows are invalid; nothing was recorded"))
                .body("errors[0].field", equalTo("effectiveDate"))
                .body("errors[0].detail", equalTo("'soon' is not a date: expected e.g. 2023-11-01, 2023/11/01 or "
                        + "令和5年11月1日"));
    }

    @Test
    void aFileWithoutTheNationalListsHeaderIsRefusedInTheCallersLanguage() {
        byte[] file = TestUploads.utf8("name,value\na,1\n");
        TestUploads.as(Roles.MANUFACTURER, TestUploads.HOLDER).contentType(TestUploads.CSV).body(file)
                .post("/api/v1/status-changes/bulk")
                .then().statusCode(400)
                .header("Content-Language", "ja")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].detail", equalTo("先頭 20 行に「⑤YJコード」列のある見出し行がありません"));
        TestUploads.as(Roles.MANUFACTURER, TestUploads.HOLDER).header("Accept-Language", "en")
                .contentType(TestUploads.CSV).body(file)
                .post("/api/v1/status-changes/bulk")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].detail", equalTo("no header row with a ⑤YJコード column in the first 20 rows"));
    }

    @Test
    void aYjCodeOfTheWrongFormIsRefusedByBeanValidationInJapaneseOrEnglish() {
        given().when().get("/api/v1/products/{yj}/status", "not-a-code")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("yj"))
                .body("errors[0].detail", equalTo("2456001F1310 のような 12 文字の YJ コードにしてください"));
        given().header("Accept-Language", "en").when().get("/api/v1/products/{yj}/status", "not-a-code")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("yj"))
                .body("errors[0].detail", equalTo("must be a 12-character YJ code such as 2456001F1310"));
    }
}
