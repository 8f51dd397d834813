package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
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

    private static final String NORMAL_WITH_REASON = "{\"yjCode\":\"2456990F1310\",\"shipmentResponse\":\"NORMAL\","
            + "\"reason\":\"MANUFACTURING_TROUBLE\",\"effectiveDate\":\"2026-12-01\"}";

    @Test
    void aBrokenReportingRuleIsExplainedInJapaneseByDefault() {
        StatusChangeResourceTest.asManufacturer().contentType("application/json").body(NORMAL_WITH_REASON)
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
        StatusChangeResourceTest.asManufacturer().header("Accept-Language", "en")
                .contentType("application/json").body(NORMAL_WITH_REASON)
                .when().post("/api/v1/status-changes")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("detail", equalTo("reason: normal shipment (通常出荷) carries no shortage reason"))
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].detail", equalTo("normal shipment (通常出荷) carries no shortage reason"));
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
}
