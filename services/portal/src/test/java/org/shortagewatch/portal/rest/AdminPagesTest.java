package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;

/**
 * An operator's pages against the services as {@link FakeAdminServices} answers them, signed in as a test identity
 * with the admin role: each page's success and each page showing a service's refusal in its place (beside the field,
 * in the row and column of the file, in the service's section), in Japanese; and the pages closed without sign-in.
 * On the whole system with Keycloak: deploy/local's AdminJourneysTest.
 */
@QuarkusTest
@WithTestResource(FakeAdminServices.class)
class AdminPagesTest {

    static {
        RestAssured.config = RestAssured.config().redirect(
                io.restassured.config.RedirectConfig.redirectConfig().followRedirects(false));
    }

    static final String YJ = FakeAdminServices.YJ;

    @Test
    void theOperatorsPagesAreClosedWithoutSignIn() {
        for (String path : new String[] {"/admin", "/admin/products", "/admin/products/" + YJ, "/admin/facilities",
                "/admin/audit", "/admin/audit/report", "/admin/dead-letters"}) {
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ops"))
    void theHomeAndTheMenuAreTheOperatorsOnly() {
        given().get("/admin").then().statusCode(200).body(allOf(containsString("<title>運用管理 | Shortage Watch</title>"),
                containsString("<a href=\"/admin/audit\" >監査証跡</a>"), containsString("href=\"/admin/facilities\""),
                not(containsString("href=\"/maker/products\""))));
        given().header("Accept-Language", "en").get("/admin").then().body(containsString("Audit trails"));
        given().get("/login").then().statusCode(303).header("Location", endsWith("/admin"));
    }

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "org", value = "1341234563"))
    void anotherRoleIsNotOfferedTheOperatorsMenu() {
        given().get("/").then().statusCode(200).body(not(containsString("href=\"/admin/audit\"")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ops"))
    void theAuditTrailsSayEachChainsVerdictPlainlyAndARefusalInItsPlace() {
        given().get("/admin/audit").then().statusCode(200).body(allOf(
                containsString("検証済み：第 2 件まで、すべての記録の連鎖が正しくつながっています。"),
                containsString("1 件の新しい記録が連鎖への追加を待っています"),
                containsString("連鎖が切れています：記録 ID 7 で検証に失敗しました。"),
                containsString("サービスの判定：hash does not match the row&#39;s content"),
                containsString("セキュリティ担当者に報告してください"),
                containsString("この操作の権限がありません"), containsString("product.register")));
        given().get("/admin/audit/report?limit=2").then().statusCode(200).body(allOf(
                containsString("value=\"2\""), containsString("href=\"/admin/audit/report?limit=2&amp;beforeId=11\"")));
        assertTrue(FakeAdminServices.REQUESTS.stream().anyMatch(r -> r.startsWith("GET /report/api/v1/audit?limit=2 Bearer")),
                String.join("\n", FakeAdminServices.REQUESTS));
        given().get("/admin/audit/nowhere").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ops"))
    void theCatalogueWithItsHoldersAndAProductsFormSavedOrRefusedBesideTheField() {
        given().get("/admin/products?manufacturer=MFR001").then().statusCode(200).body(allOf(
                containsString("MFR001 の品目"), containsString("href=\"/admin/products?manufacturer=MFR001\""),
                containsString("href=\"/admin/products/" + YJ + "\"")));
        given().get("/admin/products/" + YJ).then().statusCode(200).body(allOf(
                containsString("品目マスタの訂正"), containsString("value=\"メジコン錠15mg\""),
                containsString("<option value=\"INTERNAL\" selected>内用薬</option>"),
                containsString(">4987123456788</textarea>")));
        given().get("/admin/products/1149019F1013").then().statusCode(200).body(containsString("品目の登録"));
        given().get("/admin/products/new?yj=1149019f1013").then().statusCode(303)
                .header("Location", endsWith("/admin/products/1149019F1013"));

        given().contentType("application/x-www-form-urlencoded").formParam("manufacturerCode", "MFR001")
                .formParam("productName", "メジコン錠15mg").formParam("ingredient", "デキストロメトルファン")
                .formParam("drugCategory", "INTERNAL").formParam("productCategory", "BRAND")
                .formParam("gs1Codes", "4987123456788\n\n").formParam("registered", "true")
                .post("/admin/products/" + YJ).then().statusCode(303)
                .header("Location", endsWith("/admin/products/" + YJ + "?saved=true"));
        assertTrue(FakeAdminServices.REQUESTS.stream().anyMatch(r -> r.startsWith("PUT /report/api/v1/products/" + YJ
                + " Bearer ") && r.contains("\"gs1Codes\":[\"4987123456788\"]") && r.contains("\"basicDrug\":false")),
                String.join("\n", FakeAdminServices.REQUESTS));

        given().contentType("application/x-www-form-urlencoded").formParam("manufacturerCode", "mfr001")
                .formParam("ingredient", "デキストロメトルファン").formParam("registered", "false")
                .post("/admin/products/1149019F1013").then().statusCode(400).body(allOf(
                        containsString("保存できませんでした"), containsString("id=\"err-productName\""),
                        containsString("aria-invalid=\"true\""), containsString("value=\"MFR001\""),
                        containsString("品目の登録")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ops"))
    void aFacilityListRegisteredOrRefusedNamingRowAndColumnAlsoAsCsv() {
        given().multiPart("file", "facilities.csv", "code,kind,name\n1341234563,PHARMACY,薬局\n".getBytes(StandardCharsets.UTF_8),
                "text/csv").post("/admin/facilities").then().statusCode(200)
                .body(containsString("1 施設を登録・更新しました（facilities.csv）"));
        given().multiPart("file", "bad.csv", "code,kind,name\n1341234563,PHARMACY,薬局\n1311234569,BAD,病院\n"
                .getBytes(StandardCharsets.UTF_8), "text/csv").post("/admin/facilities").then().statusCode(400)
                .body(allOf(containsString("誤りのある箇所が 1 か所あったため"), containsString("id=\"row-error-table\""),
                        containsString("<th scope=\"row\" class=\"num\">3</th><td>kind</td>"),
                        containsString("kind: 種別が違います"), containsString("action=\"/admin/facilities/errors.csv\"")));
        given().multiPart("file", "facilities.pdf", new byte[] {1}, "application/pdf").post("/admin/facilities")
                .then().statusCode(415).body(containsString("CSV（.csv）か Excel（.xlsx）"));
        byte[] csv = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("row", "3")
                .formParam("column", "kind").formParam("field", "facilities[line 3]").formParam("detail", "=種別")
                .post("/admin/facilities/errors.csv").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF行,列,項目,内容\r\n3,kind,facilities[line 3],'=種別\r\n"), text);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "org", value = "ops"))
    void deadLettersListedAndRedrivenOrRefused() {
        given().get("/admin/dead-letters").then().statusCode(200).body(allOf(containsString("supply-status-dlq"),
                containsString("not an event"), containsString("action=\"/admin/dead-letters/report/supply-status-dlq/redrive\""),
                containsString("配信不能メッセージはありません。")));
        given().post("/admin/dead-letters/report/supply-status-dlq/redrive").then().statusCode(303)
                .header("Location", endsWith("/admin/dead-letters?redriven=1&topic=supply-status-dlq"));
        given().get("/admin/dead-letters?redriven=1&topic=supply-status-dlq").then()
                .body(containsString("supply-status-dlq の 1 件を再投入しました。"));
        given().post("/admin/dead-letters/report/no-such-dlq/redrive").then().statusCode(404);
    }
}
