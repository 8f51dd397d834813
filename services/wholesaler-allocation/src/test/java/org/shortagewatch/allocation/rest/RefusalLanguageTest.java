package org.shortagewatch.allocation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.infra.RealInfrastructureResource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A refused record reads in Japanese unless the caller asks for English, field by field and in the detail. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class RefusalLanguageTest {

    private static final String BAD_CHECK_DIGIT = "1341234567";

    @Test
    void aBadFacilityCodeIsExplainedInJapaneseByDefault() {
        WholesalerDataResourceTest.as(Roles.WHOLESALER, "WHS001").contentType("application/json")
                .body(WholesalerDataResourceTest.order(BAD_CHECK_DIGIT, "2456001F1310", 3, "錠"))
                .post("/api/v1/wholesalers/WHS001/orders").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("facilityCode: 医療機関コード「1341234567」の検証番号（末尾1桁）が合いません。医療機関コードを確かめてください。"))
                .body("errors[0].field", equalTo("facilityCode"))
                .body("errors[0].detail", equalTo("医療機関コード「1341234567」の検証番号（末尾1桁）が合いません。医療機関コードを確かめてください。"));
    }

    @Test
    void aBadFacilityCodeIsExplainedInEnglishWhenAsked() {
        WholesalerDataResourceTest.as(Roles.WHOLESALER, "WHS001").contentType("application/json")
                .header("Accept-Language", "en")
                .body(WholesalerDataResourceTest.order(BAD_CHECK_DIGIT, "2456001F1310", 3, "錠"))
                .post("/api/v1/wholesalers/WHS001/orders").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("facilityCode: facility code '1341234567' fails its check digit: check the code"))
                .body("errors[0].field", equalTo("facilityCode"))
                .body("errors[0].detail", equalTo("facility code '1341234567' fails its check digit: check the code"));
    }

    @Test
    void anOtherWholesalersRecordsAreRefusedInJapaneseOrEnglish() {
        WholesalerDataResourceTest.as(Roles.WHOLESALER, "WHS001").contentType("application/json")
                .body(WholesalerDataResourceTest.order("1341234563", "2456001F1310", 3, "錠"))
                .post("/api/v1/wholesalers/WHS002/orders").then()
                .statusCode(403)
                .body("detail", equalTo("自社の分しか扱えません（WHS002 は対象外）"));
        WholesalerDataResourceTest.as(Roles.WHOLESALER, "WHS001").contentType("application/json")
                .header("Accept-Language", "en")
                .body(WholesalerDataResourceTest.order("1341234563", "2456001F1310", 3, "錠"))
                .post("/api/v1/wholesalers/WHS002/orders").then()
                .statusCode(403)
                .body("detail", equalTo("you may post for your own organisation only, not WHS002"));
    }

    @Test
    void aBadCellOfAnUploadIsExplainedInJapaneseByDefaultAndInEnglishWhenAsked() {
        byte[] file = WholesalerDataResourceTest.utf8("facilityCode,yjCode,date,units,unit\n"
                + "1341234563,2456001F1310,2026-11-01,1.5,錠\n");
        WholesalerDataResourceTest.postFile("shipments", "text/csv; charset=UTF-8", file)
                .statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "ja")
                .body("errors[0].pointer", equalTo("#cell=2,4"))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("units"))
                .body("errors[0].detail", equalTo("2行目、4列目（units）: 「1.5」は整数ではありません"));
        WholesalerDataResourceTest.as(Roles.WHOLESALER, "WHS001").header("Accept-Language", "en")
                .contentType("text/csv; charset=UTF-8").body(file)
                .post("/api/v1/wholesalers/WHS001/shipments").then()
                .statusCode(400)
                .header("Content-Language", "en")
                .body("errors[0].pointer", equalTo("#cell=2,4"))
                .body("errors[0].detail", equalTo("row 2, column 4 (units): '1.5' is not a whole number"));
    }

    @Test
    void aYjCodeOfTheWrongFormIsRefusedByBeanValidationInJapaneseOrEnglish() {
        given().when().get("/api/v1/products/{yj}", "not-a-code")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("yj"))
                .body("errors[0].detail", equalTo("2456001F1310 のような 12 文字の YJ コードにしてください"));
        given().header("Accept-Language", "en").when().get("/api/v1/products/{yj}", "not-a-code")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("yj"))
                .body("errors[0].detail", equalTo("must be a 12-character YJ code such as 2456001F1310"));
    }

    @Test
    void anIngredientKeyOrAWholesalerCodeOfTheWrongFormIsRefusedInJapaneseOrEnglish() {
        WholesalerDataResourceTest.as(Roles.REGULATOR, "MHLW").get("/api/v1/ingredients/{i}/prefectures", "245600")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("ingredientKey"))
                .body("errors[0].detail", equalTo(YjCodes.INGREDIENT_KEY_HINT_JA));
        WholesalerDataResourceTest.as(Roles.REGULATOR, "MHLW").header("Accept-Language", "en")
                .get("/api/v1/ingredients/{i}/prefectures", "245600")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("ingredientKey"))
                .body("errors[0].detail", equalTo(YjCodes.INGREDIENT_KEY_HINT));
        WholesalerDataResourceTest.as(Roles.ADMIN, "ops").get("/api/v1/wholesalers/{w}/findings", "WHS 001")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("wholesalerCode"))
                .body("errors[0].detail", equalTo("1〜64 文字の半角英数字、「_」または「-」にしてください"));
    }
}
