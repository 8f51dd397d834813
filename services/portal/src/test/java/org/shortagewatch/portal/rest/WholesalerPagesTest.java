package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.shortagewatch.portal.rest.WholesalerServiceStub.INGREDIENT;
import static org.shortagewatch.portal.rest.WholesalerServiceStub.YJ;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;

/**
 * A wholesaler's pages against wholesaler-allocation as {@link WholesalerServiceStub} answers it, signed in as a test
 * identity of WHS001 (and of WHS999, whom the service refuses): each page's success, and a refusal shown in Japanese
 * beside what it names. On the whole system, with Keycloak, deploy/local's WholesalerJourneysTest.
 */
@QuarkusTest
@QuarkusTestResource(value = WholesalerServiceStub.class, restrictToAnnotatedClass = true)
class WholesalerPagesTest {

    static {
        RestAssured.config = RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));
    }

    static final String CSV = "reference,facilityCode,yjCode,date,units,unit\nA1,1311234569," + YJ
            + ",2026-12-01,350,錠\n";

    @Test
    void aWholesalersPagesAreClosedWithoutSignIn() {
        for (String path : new String[] {"/wholesaler/uploads", "/wholesaler/findings", "/wholesaler/allocations",
                "/wholesaler/map/" + INGREDIENT}) {
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    @TestSecurity(user = "wholesaler", roles = "wholesaler")
    @OidcSecurity(claims = @Claim(key = "org", value = "WHS001"))
    void aFileIsStoredAndItsCountsShownInTheMenuOfAWholesaler() {
        given().get("/wholesaler/uploads").then().statusCode(200).body(allOf(
                containsString("<title>受注・出荷・在庫の送信 | Shortage Watch</title>"),
                containsString("href=\"/wholesaler/findings\""), containsString("aria-current=\"page\">データ送信"),
                not(containsString("href=\"/maker/uploads\"")), containsString("<label for=\"supplyUnits\">")));
        given().multiPart("kind", "orders").multiPart("file", "orders.csv", CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/wholesaler/uploads").then().statusCode(200).body(allOf(containsString("id=\"upload-result\""),
                        containsString("受注（発注を受けた数量）：2件を登録しました。"),
                        containsString("href=\"/wholesaler/map/" + INGREDIENT + "\"")));
    }

    @Test
    @TestSecurity(user = "wholesaler", roles = "wholesaler")
    @OidcSecurity(claims = @Claim(key = "org", value = "WHS001"))
    void aRefusedFileListsItsRowErrorsByRowAndColumnAndGivesThemAsCsv() {
        given().multiPart("kind", "orders").multiPart("file", "orders.csv", "bad".getBytes(StandardCharsets.UTF_8),
                "text/csv").post("/wholesaler/uploads").then().statusCode(400).body(allOf(
                containsString("入力内容を確認してください。"), containsString("id=\"row-error-table\""),
                containsString("<th scope=\"row\" class=\"num\">3</th><td><code>facilityCode</code></td>"),
                containsString("医療機関コードの検査数字が合いません"), containsString("name=\"row\" value=\"4\"")));
        byte[] csv = given().formParam("row", "3").formParam("column", "facilityCode").formParam("detail", "=bad")
                .post("/wholesaler/uploads/errors.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertEquals("\uFEFF行,列,項目,内容\r\n3,facilityCode,facilityCode,'=bad\r\n", text);
        given().multiPart("kind", "orders").multiPart("file", "orders.pdf", new byte[] {1}, "application/pdf")
                .post("/wholesaler/uploads").then().statusCode(415).body(containsString("CSV か xlsx のファイルを選んでください。"));
    }

    @Test
    @TestSecurity(user = "wholesaler", roles = "wholesaler")
    @OidcSecurity(claims = @Claim(key = "org", value = "WHS001"))
    void aSupplyIsSavedAndItsRefusalStandsBesideItsField() {
        given().formParam("yjCode", YJ).formParam("periodStart", "2026-12-01").formParam("periodEnd", "2026-12-31")
                .formParam("supplyUnits", "1,000").formParam("unit", "錠").post("/wholesaler/uploads/supply")
                .then().statusCode(303).header("Location", endsWith("/wholesaler/allocations?supplied=" + YJ));
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("yjCode", YJ)
                .formParam("periodStart", "2026-12-01").formParam("periodEnd", "2026-12-31")
                .formParam("supplyUnits", "たくさん").formParam("unit", "錠").post("/wholesaler/uploads/supply")
                .then().statusCode(400).body(allOf(containsString("id=\"err-supplyUnits\""),
                        containsString("数値で指定してください"), containsString("value=\"たくさん\""),
                        containsString("aria-invalid=\"true\" aria-describedby=\"err-supplyUnits\"")));
    }

    @Test
    @TestSecurity(user = "wholesaler", roles = "wholesaler")
    @OidcSecurity(claims = @Claim(key = "org", value = "WHS001"))
    void findingsComeNewestFirstWithTheirAdviceAndNarrowToAProduct() {
        String page = given().get("/wholesaler/findings").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.indexOf("発注急増の要約") < page.indexOf("重複発注の要約")
                && page.indexOf("重複発注の要約") < page.indexOf("入手困難の要約"), "newest first:\n" + page);
        org.hamcrest.MatcherAssert.assertThat(page, allOf(containsString("対応の目安"),
                containsString("割当の範囲で出荷し"), containsString("この期間の目安の上限：308"),
                containsString("同じ製品を複数の卸に発注していないか"), containsString("メジコン錠15mg"),
                containsString("href=\"/wholesaler/map/" + INGREDIENT + "?view=findings\""), containsString("東京")));
        given().get("/wholesaler/findings?q=1149019").then().statusCode(200).body(allOf(
                containsString("入手困難の要約"), not(containsString("発注急増の要約")), containsString("沖縄")));
        given().header("Accept-Language", "en").get("/wholesaler/findings").then().statusCode(200)
                .body(allOf(containsString("surge summary"), containsString("Guideline cap for this period: 308")));
    }

    @Test
    @TestSecurity(user = "wholesaler", roles = "wholesaler")
    @OidcSecurity(claims = @Claim(key = "org", value = "WHS001"))
    void plansShowEachCustomersQuotaAsTableAndBars() {
        given().get("/wholesaler/allocations?supplied=" + YJ).then().statusCode(200).body(allOf(
                containsString(YJ + " の供給量を登録しました。"), containsString("id=\"plan-" + YJ + "\""),
                containsString("<td class=\"num\"><strong>640</strong></td>"), containsString("新規"),
                containsString("data-chart=\""), containsString("出荷済み"),
                containsString("href=\"/wholesaler/map/" + INGREDIENT + "\"")));
    }

    @Test
    @TestSecurity(user = "wholesaler", roles = "wholesaler")
    @OidcSecurity(claims = @Claim(key = "org", value = "WHS001"))
    void theMapColoursEachPrefectureByDaysOfSupplyOrByFindings() {
        given().get("/wholesaler/map/" + INGREDIENT).then().statusCode(200).body(allOf(
                containsString("デキストロメトルファン臭化水素酸塩水和物の全国の状況"),
                containsString("<tr id=\"pref-13\" data-band=\"7日未満\">"),
                containsString("<tr id=\"pref-27\" data-band=\"30日以上\">"),
                containsString("<tr id=\"pref-01\" data-band=\"データなし\">"), containsString("data-chart=\"")));
        given().get("/wholesaler/map/" + INGREDIENT + "?view=findings").then().statusCode(200).body(allOf(
                containsString("<tr id=\"pref-13\" data-band=\"1件\">"), containsString("<tr id=\"pref-27\" data-band=\"0件\">"),
                containsString("aria-current=\"true\">偏在の兆候の件数")));
        given().get("/wholesaler/map?code=" + YJ + "&view=findings").then().statusCode(303)
                .header("Location", endsWith("/wholesaler/map/" + INGREDIENT + "?view=findings"));
    }

    @Test
    @TestSecurity(user = "other", roles = "wholesaler")
    @OidcSecurity(claims = @Claim(key = "org", value = "WHS999"))
    void anotherWholesalersRefusalIsShownInJapanese() {
        for (String path : new String[] {"/wholesaler/findings", "/wholesaler/allocations", "/wholesaler/map/9999999"}) {
            given().get(path).then().statusCode(403).body(allOf(containsString("この操作の権限がありません。"),
                    containsString("自社の分しか扱えません（WHS999 は対象外）")));
        }
        given().multiPart("kind", "stock").multiPart("file", "stock.csv", CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/wholesaler/uploads").then().statusCode(403).body(containsString("自社の分しか扱えません"));
    }
}
