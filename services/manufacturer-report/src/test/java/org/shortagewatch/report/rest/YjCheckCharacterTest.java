package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shortagewatch.report.rest.TestUploads.CSV;
import static org.shortagewatch.report.rest.TestUploads.as;
import static org.shortagewatch.report.rest.TestUploads.upload;
import static org.shortagewatch.report.rest.TestUploads.utf8;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.TestTokens;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * A product new to the register takes a YJ code only if it ends in its check character, so a mistyped code does not
 * become a product of its own (that no pharmacy follows and no status of the real one reaches); a product the
 * register already holds keeps its code, and its holder keeps updating it.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "report"))
class YjCheckCharacterTest {

    static final String HOLDER = "MFR-CHECK";
    static final String REGISTERED = YjCodes.withCheckCharacter("7771001F101");
    static final String MISTYPED = mistyped(REGISTERED);
    /** Held since before codes were checked. */
    static final String HELD_BEFORE = mistyped(YjCodes.withCheckCharacter("7771001F102"));
    static final String MISTYPED_IN_A_FILE = mistyped(YjCodes.withCheckCharacter("7771001F103"));
    static final String NEW_IN_A_FILE = YjCodes.withCheckCharacter("7771001F104");
    static final String JAPANESE = "新しく登録する品目の YJ コード「%s」は末尾のチェックデジットが正しくありません。YJ コードを確かめてください";

    /** The code with its last digit one more (none of these codes' check is 10, which would take any). */
    static String mistyped(String code) {
        return code.substring(0, 11) + (code.charAt(11) - '0' + 1) % 10;
    }

    static ValidatableResponse put(String yj, String language) {
        return given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, HOLDER))
                .header("Accept-Language", language).contentType("application/json").body(TestProducts.body(HOLDER))
                .when().put("/api/v1/products/{yj}", yj).then();
    }

    @Test
    void aNewProductWhoseCodeDoesNotEndInItsCheckCharacterIsRefusedNamingTheCode() throws Exception {
        put(REGISTERED, "ja").statusCode(anyOf(equalTo(200), equalTo(201)));
        put(MISTYPED, "ja").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("yjCode"))
                .body("errors[0].detail", equalTo(JAPANESE.formatted(MISTYPED)));
        put(MISTYPED, "en").statusCode(400).body("errors[0].detail",
                equalTo("the new product's YJ code '" + MISTYPED + "' does not end in its check digit: check the code"));
        given().get("/api/v1/products/{yj}", MISTYPED).then().statusCode(404);
        assertEquals(0, TestDatabase.count("select count(*) from outbox where record_key = ?", MISTYPED));
    }

    @Test
    void aProductHeldBeforeCodesWereCheckedIsUpdatedUnderItsCode() throws Exception {
        put(REGISTERED, "ja").statusCode(anyOf(equalTo(200), equalTo(201)));
        // the register's row of one product copied under a code that does not end in its check character
        TestDatabase.execute("""
                do $$ declare cols text; begin
                    select string_agg(quote_ident(column_name), ',') into cols from information_schema.columns
                    where table_name = 'product' and is_generated = 'NEVER' and column_name <> 'yj_code';
                    execute format('insert into product (yj_code, %%s) select %%L, %%s from product where yj_code = %%L'
                            || ' on conflict do nothing', cols, '%s', cols, '%s');
                end $$""".formatted(HELD_BEFORE, REGISTERED));
        put(HELD_BEFORE, "ja").statusCode(200);
    }

    /** An operator's file (no organisation of its own to restrict it) is checked alike, row by row. */
    @Test
    void aFilesRowOfANewProductWithAMistypedCodeIsRefusedOnItsYjColumn() {
        String id = upload(as(Roles.ADMIN, "ops"), "/api/v1/products/bulk", "accept-valid", CSV,
                utf8("①薬剤区分,③成分名,④規格単位,⑤YJコード,⑥品名,⑧製品区分,製造販売業者コード\n"
                        + "内用薬,テスト成分,10mg1錠," + MISTYPED_IN_A_FILE + ",テスト錠,後発品," + HOLDER + "\n"
                        + "内用薬,テスト成分,20mg1錠," + NEW_IN_A_FILE + ",テスト錠20,後発品," + HOLDER + "\n"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "PARTIALLY_SUCCEEDED".equals(as(Roles.ADMIN, "ops")
                .get("/api/v1/bulk-jobs/{id}", id).then().extract().path("state")));
        as(Roles.ADMIN, "ops").get("/api/v1/bulk-jobs/{id}", id).then().statusCode(200)
                .body("errors.size()", equalTo(1))
                .body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("⑤YJコード"))
                .body("errors[0].field", equalTo("yjCode"))
                .body("errors[0].detail", equalTo(JAPANESE.formatted(MISTYPED_IN_A_FILE)));
        given().get("/api/v1/products/{yj}", MISTYPED_IN_A_FILE).then().statusCode(404);
        given().get("/api/v1/products/{yj}", NEW_IN_A_FILE).then().statusCode(200);
    }
}
