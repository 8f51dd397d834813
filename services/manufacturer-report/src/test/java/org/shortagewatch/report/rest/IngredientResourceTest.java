package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class IngredientResourceTest {

    @Test
    void eachKeyIsNamedByItsFirstProductAndAKeyNoProductNamesIsLeftOut() {
        register(YjCodes.withCheckCharacter("5191001F102"), "成分名甲");
        register(YjCodes.withCheckCharacter("5191001F201"), "成分名甲（別表記）");
        register(YjCodes.withCheckCharacter("5191002F101"), "成分名乙");

        given().queryParam("key", "5191002", "5191001", "5191009", "5191001").get("/api/v1/ingredients").then()
                .statusCode(200)
                .body("key", contains("5191001", "5191002"))
                .body("name", contains("成分名甲", "成分名乙"));
    }

    @Test
    void aKeyThatIsNoIngredientKeyOrNoKeyAtAllIsRefusedNamingTheParameter() {
        given().queryParam("key", "5191001", "51910").get("/api/v1/ingredients").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("key"))
                .body("errors.detail", hasItem("「51910」は成分キーではありません（" + YjCodes.INGREDIENT_KEY_HINT_JA + "）"));
        given().header("Accept-Language", "en").get("/api/v1/ingredients").then().statusCode(400)
                .body("errors.field", hasItem("key")).body("errors.detail", hasItem("name at least one ingredient key"));
    }

    private static void register(String yj, String ingredient) {
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).contentType(ContentType.JSON)
                .body(TestProducts.body("MFR519").replace("テスト成分", ingredient))
                .put("/api/v1/products/{yj}", yj).then().statusCode(201);
    }
}
