package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * A pharmacy's own pages, signed in (a test identity with the org claim), rendered from answers in notification's
 * shapes; every call to notification carries the user's token.
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
class FacilityPagesTest {

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = {@Claim(key = "org", value = FakeServices.FACILITY), @Claim(key = "name", value = "美咲 田中")})
    void myFacilityWatchListAndAlertsWithTheUsersToken() {
        FakeServices.lastAuthorization = null;
        given().get("/me").then().statusCode(200)
                .body(allOf(containsString("ログイン中：美咲 田中"), containsString(FakeServices.FACILITY),
                        containsString("value=\"さくら薬局 本店\""), containsString("<label for=\"name\">施設名</label>"),
                        containsString("value=\"PHARMACY\" required checked")));
        assertNotNull(FakeServices.lastAuthorization, "notification was called with the user's token");
        assertTrue(FakeServices.lastAuthorization.startsWith("Bearer "), FakeServices.lastAuthorization);

        given().get("/me/watchlist").then().statusCode(200)
                .body(allOf(containsString("カルボシステイン"), containsString("2233002"), containsString(">成分</span>"),
                        containsString("受信箱、画面にリアルタイム表示"), containsString("中"),
                        containsString("action=\"/me/watchlist/" + FakeServices.SUBSCRIPTION + "/removal\""),
                        containsString("<label for=\"target\">"), containsString("<label for=\"file\">"),
                        containsString("enctype=\"multipart/form-data\"")));
        given().get("/me/watchlist?formulary=300").then().statusCode(200).body(containsString("300品目をウォッチに追加しました。"));
        String page = given().get("/me/watchlist").then().statusCode(200).extract().asString();
        assertEquals(1, page.split("value=\"WEBHOOK\"", -1).length - 1,
                "Webhook is offered for a single watch, not for a formulary, which the service would refuse");
        assertTrue(page.contains("id=\"minSeverity\"") && page.contains("id=\"formulary-severity\""));

        given().get("/me/alerts").then().statusCode(200)
                .body(allOf(containsString("data-stream=\"/me/alerts/stream?after=7\""),
                        containsString("の出荷対応の状況が「供給停止」になります。"), not(containsString("Shipment of")),
                        containsString("⑤ 供給停止"), containsString("aria-live=\"polite\""),
                        containsString(">カルボシステインシロップ5%「テスト」</a>")));
        given().get("/me/notices").then().statusCode(200)
                .body(allOf(containsString("href=\"/notices/" + FakeServices.NOTICE + "\">鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼"),
                        containsString("action=\"/me/notices/" + FakeServices.NOTICE + "/acknowledgement\""),
                        not(containsString("供給停止になります"))));
        given().header("Accept-Language", "en").get("/me/alerts").then().statusCode(200)
                .body(allOf(containsString("Shipment of " + FakeServices.YJ + " stops."), containsString("Mark read")));
    }

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "org", value = FakeServices.FACILITY))
    void aProductPageOffersToWatchItWhenSignedIn() {
        given().get("/products/" + FakeServices.YJ).then().statusCode(200)
                .body(allOf(containsString("href=\"/me/watchlist?kind=YJ_CODE&amp;target=" + FakeServices.YJ + "\""),
                        containsString("href=\"/logout\"")));
    }

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "org", value = FakeServices.FACILITY))
    void quotasSayWhenTheAllocationServiceIsAwayAndTheReportFormStays() {
        given().get("/me/quotas?yj=" + FakeServices.YJ).then().statusCode(200)
                .body(allOf(containsString("サービスに接続できません"), containsString("<label for=\"yjCode\">"),
                        containsString("value=\"" + FakeServices.YJ + "\"")));
        given().contentType("application/x-www-form-urlencoded").formParam("yjCode", FakeServices.YJ)
                .post("/me/quotas").then().statusCode(503).body(containsString("サービスに接続できません"));
    }

    @Test
    @TestSecurity(user = "other", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "org", value = "2741222224"))
    void theServicesRefusalIsShownAsTheServiceGaveIt() {
        given().get("/me").then().statusCode(403)
                .body(allOf(containsString("この操作の権限がありません。"),
                        containsString("サービスの応答（403）：a facility reads its own only")));
    }

    @Test
    @TestSecurity(user = "wholesaler", roles = "wholesaler")
    @OidcSecurity(claims = @Claim(key = "org", value = "WHS001"))
    void aUserWhoIsNoFacilityIsNotOfferedAFacilitysPages() {
        given().get("/").then().statusCode(200)
                .body(allOf(not(containsString("href=\"/me/watchlist\"")), not(containsString("href=\"/me/alerts\"")),
                        containsString("/logout")));
    }
}
