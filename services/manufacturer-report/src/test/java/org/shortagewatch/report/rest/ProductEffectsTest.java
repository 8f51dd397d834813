package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The chain of a shortage, read from the product that caused it: a maker's product is limited for its own reasons from
 * 2025-01-06 and stopped from 2025-03-01. Product A names it as its cause from 2025-02-01 on; B from 2025-03-10 to
 * 2025-04-01; D from 2025-01-10 to 2025-02-10, before the stop. The names are this test's own, so no other test's
 * search finds them.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class ProductEffectsTest {

    static final String CAUSE = "5121001F1010";
    static final String A = "5121002F1015";
    static final String B = "5121003F1010";
    static final String D = "5121004F1014";

    static void report(String yj, String manufacturer, String response, String reason, String cause, String day) {
        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, manufacturer))
                .contentType(ContentType.JSON)
                .body("{\"yjCode\":\"%s\",\"shipmentResponse\":\"%s\",%s%s\"effectiveDate\":\"%s\"}".formatted(yj,
                        response, reason == null ? "" : "\"reason\":\"" + reason + "\",",
                        cause == null ? "" : "\"causeYjCode\":\"" + cause + "\",", day))
                .when().post("/api/v1/status-changes").then().statusCode(201);
    }

    /** Per test, once: rest-assured knows the test port only from the first test on. */
    static boolean recorded;

    @BeforeEach
    void theChain() {
        if (recorded) {
            return;
        }
        recorded = true;
        ProductResourceTest.put(CAUSE, "MFR701", "因果元薬", "GENERIC", "NONE", false);
        ProductResourceTest.put(A, "MFR702", "因果先薬一", "GENERIC", "NONE", false);
        ProductResourceTest.put(B, "MFR703", "因果先薬二", "GENERIC", "NONE", false);
        ProductResourceTest.put(D, "MFR704", "因果先薬三", "GENERIC", "NONE", false);
        report(CAUSE, "MFR701", "LIMITED_OWN_REASONS", "MANUFACTURING_TROUBLE", null, "2025-01-06");
        report(CAUSE, "MFR701", "STOPPED", "MANUFACTURING_TROUBLE", null, "2025-03-01");
        report(A, "MFR702", "LIMITED_OTHER_COMPANY", "DEMAND_INCREASE", CAUSE, "2025-02-01");
        report(B, "MFR703", "LIMITED_OTHER_COMPANY", "DEMAND_INCREASE", CAUSE, "2025-03-10");
        report(B, "MFR703", "NORMAL", null, null, "2025-04-01");
        report(D, "MFR704", "LIMITED_OTHER_COMPANY", "DEMAND_INCREASE", CAUSE, "2025-01-10");
        report(D, "MFR704", "NORMAL", null, null, "2025-02-10");
    }

    @Test
    void theProductsLimitedBecauseOfItNowAndWhatItsStopCausedWithTheirDates() {
        given().get("/api/v1/products/{yj}/effects?asOf=2025-05-01", CAUSE).then().statusCode(200)
                .body("yjCode", equalTo(CAUSE))
                .body("limitedNow.yjCode", contains(A))
                .body("limitedNow[0].status.shipmentResponse", equalTo("LIMITED_OTHER_COMPANY"))
                .body("limitedNow[0].causeProduct.productName", equalTo("因果元薬錠"))
                .body("stop.since", equalTo("2025-03-01"))
                .body("stop.until", nullValue())
                .body("stop.effects.yjCode", contains(A, B))
                .body("stop.effects.from", contains("2025-02-01", "2025-03-10"))
                .body("stop.effects.until", contains(null, "2025-04-01"))
                .body("stop.effects[1].productName", equalTo("因果先薬二錠"))
                .body("stop.effects[1].manufacturerName", equalTo("MFR703製薬"));
    }

    @Test
    void onAnEarlierDayTheChainIsAsItWasThen() {
        given().get("/api/v1/products/{yj}/effects?asOf=2025-03-15", CAUSE).then().statusCode(200)
                .body("limitedNow.yjCode", contains(A, B));
        given().get("/api/v1/products/{yj}/effects?asOf=2025-01-20", CAUSE).then().statusCode(200)
                .body("limitedNow.yjCode", contains(D))
                .body("stop", nullValue());
        given().get("/api/v1/products/{yj}/effects?asOf=2025-05-01", A).then().statusCode(200)
                .body("limitedNow.size()", equalTo(0))
                .body("stop", nullValue());
    }

    @Test
    void eachProductsViewNamesItsCauseProduct() {
        given().get("/api/v1/products/{yj}?asOf=2025-05-01", A).then().statusCode(200)
                .body("status.causeYjCode", equalTo(CAUSE))
                .body("causeProduct.yjCode", equalTo(CAUSE))
                .body("causeProduct.productName", equalTo("因果元薬錠"))
                .body("causeProduct.manufacturerName", equalTo("MFR701製薬"));
        given().get("/api/v1/products?yjPrefix=5121003&asOf=2025-05-01").then().statusCode(200)
                .body("items[0].causeProduct", nullValue());
        given().get("/api/v1/products?yjPrefix=5121003&asOf=2025-03-15").then().statusCode(200)
                .body("items[0].causeProduct.yjCode", equalTo(CAUSE));
    }

    @Test
    void aMalformedCodeADayThatIsNoDayOrAnUnknownProductIsRefused() {
        given().get("/api/v1/products/{yj}/effects", "not-a-code").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("yj"));
        given().get("/api/v1/products/{yj}/effects?asOf=2025-02-30", CAUSE).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        given().get("/api/v1/products/{yj}/effects", "9999999Z9000").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("品目 9999999Z9000 はありません"));
    }
}
