package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;

/**
 * The regulator's notice pages over HTTP, signed in as a test regulator, against a stand-in for notification's notice
 * workflow ({@link FakeNotification}): each page's success and the service's refusal shown on it. With the real
 * services and Keycloak, in a browser: deploy/local's RegulatorNoticeJourneyTest.
 */
@QuarkusTest
@WithTestResource(FakeNotification.class)
@TestSecurity(user = "regulator", roles = "regulator")
@OidcSecurity(claims = @Claim(key = "org", value = "MHLW"))
class RegulatorNoticePagesTest {

    static {
        RestAssured.config = RestAssured.config().redirect(
                io.restassured.config.RedirectConfig.redirectConfig().followRedirects(false));
    }

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void theListIsByStageWithTheRegulatorsMenu() {
        given().get("/regulator/notices?status=DRAFT").then().statusCode(200)
                .body(allOf(containsString("<a href=\"/regulator/notices\" aria-current=\"page\">事務連絡の作成・審査</a>"),
                        containsString("aria-current=\"page\">下書き</a>"), containsString("咳止めの協力依頼（案）"),
                        containsString("差戻しコメントあり")));
        given().get("/regulator/notices?status=PUBLISHED").then().statusCode(200)
                .body(containsString("「発出済み」の事務連絡はありません。"));
        given().header("Accept-Language", "en").get("/regulator/notices").then().statusCode(200)
                .body(containsString("Notices: drafting and review"));
    }

    @Test
    void aNoticeShowsWhatItsStageAllowsAndAnUnknownOneIsRefused() {
        given().get("/regulator/notices/" + FakeNotification.DRAFT).then().statusCode(200)
                .body(allOf(containsString("審査者からの差戻しコメント"), containsString("対象医薬品に去痰薬を加えてください"),
                        containsString("action=\"/regulator/notices/" + FakeNotification.DRAFT + "/review-request\""),
                        not(containsString("id=\"withdraw\""))));
        given().get("/regulator/notices/" + FakeNotification.PUBLISHED).then().statusCode(200)
                .body(allOf(containsString("id=\"withdraw\""), containsString("data-confirm="),
                        containsString("/reach\" id=\"open-reach\"")));
        given().get("/regulator/notices/" + FakeNotification.UNKNOWN).then().statusCode(404);
    }

    @Test
    void theDraftingFormHasEveryFieldAndALivePreview() {
        given().get("/regulator/notices/new").then().statusCode(200)
                .body(allOf(containsString("<label for=\"title\">件名</label>"), containsString("name=\"addressees\""),
                        containsString("name=\"requests\""), containsString("name=\"targetProducts\""),
                        containsString("name=\"consultationDesk\""), containsString("name=\"kinds\" value=\"PHARMACY\""),
                        containsString("name=\"addresseeOrganisations\""), containsString("name=\"followsUp\""),
                        containsString("hx-post=\"/regulator/notices/preview\""),
                        containsString("各都道府県衛生主管部（局）御中")));
        given().contentType(FORM).formParam("title", "解熱鎮痛薬の協力依頼").post("/regulator/notices/preview")
                .then().statusCode(200).body(allOf(containsString("id=\"notice-preview\""),
                        containsString("srcdoc=\"&lt;html&gt;&lt;body&gt;&lt;h1 class=&quot;title&quot;&gt;解熱鎮痛薬の協力依頼")));
        given().contentType(FORM).formParam("title", "<b>").post("/regulator/notices/preview")
                .then().statusCode(200).body(allOf(containsString("この内容では表示できません。"),
                        containsString("<a href=\"#title\">件名</a>：件名に使えない文字があります")));
        // without JavaScript: the preview button shows the page with the printed layout
        given().contentType(FORM).formParam("title", "解熱鎮痛薬の協力依頼").formParam("action", "preview")
                .post("/regulator/notices/new").then().statusCode(200)
                .body(allOf(containsString("value=\"解熱鎮痛薬の協力依頼\""), containsString("<iframe class=\"printed\"")));
    }

    @Test
    void aDraftIsSavedOrRefusedBesideItsField() {
        given().contentType(FORM).formParam("title", "解熱鎮痛薬の協力依頼").formParam("action", "submit")
                .post("/regulator/notices/new").then().statusCode(303)
                .header("Location", endsWith("/regulator/notices/" + FakeNotification.DRAFT));
        given().contentType(FORM).formParam("title", "").formParam("requests", "在庫の確認")
                .post("/regulator/notices/new").then().statusCode(400)
                .body(allOf(containsString("保存できませんでした。"), containsString("id=\"err-title\""),
                        containsString("aria-invalid=\"true\""), containsString("在庫の確認</textarea>")));
    }

    @Test
    void theReviewShowsThePrintedNoticeAndTheFourEyesRefusal() {
        given().get("/regulator/notices/" + FakeNotification.IN_REVIEW + "/review").then().statusCode(200)
                .body(allOf(containsString("id=\"approve\""), containsString("name=\"comment\""),
                        containsString("srcdoc=\"&lt;html&gt;")));
        given().post("/regulator/notices/" + FakeNotification.IN_REVIEW + "/approval").then().statusCode(409)
                .body(allOf(containsString("この操作は受け付けられませんでした。"),
                        containsString("お知らせの承認は作成者以外の方が行ってください")));
        given().contentType(FORM).formParam("comment", "対象医薬品に去痰薬を加えてください")
                .post("/regulator/notices/" + FakeNotification.IN_REVIEW + "/send-back").then().statusCode(303);
        given().get("/regulator/notices/" + FakeNotification.UNKNOWN + "/review").then().statusCode(404);
    }

    @Test
    void stepsGoOnToTheNoticeOrShowTheRefusal() {
        given().post("/regulator/notices/" + FakeNotification.DRAFT + "/review-request").then().statusCode(303);
        given().contentType(FORM).formParam("reason", "供給が回復したため")
                .post("/regulator/notices/" + FakeNotification.PUBLISHED + "/withdrawal").then().statusCode(303);
        given().post("/regulator/notices/" + FakeNotification.PUBLISHED + "/follow-up").then().statusCode(303)
                .header("Location", endsWith("/edit"));
        given().post("/regulator/notices/" + FakeNotification.UNKNOWN + "/publication").then().statusCode(404);
    }

    @Test
    void theReachPageChartsTheRatesAndListsWhoHasNotAcknowledged() {
        given().get("/regulator/notices/" + FakeNotification.PUBLISHED + "/reach").then().statusCode(200)
                .body(allOf(containsString("data-chart=\""), containsString("12/3 11:00"), containsString("25.0%"),
                        containsString("受領確認のない送付先（3件）"), containsString("みなと薬局"),
                        containsString("id=\"acknowledged-total\">1（25.0%）")));
        given().get("/regulator/notices/" + FakeNotification.UNKNOWN + "/reach").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    void anotherRoleIsNotOfferedTheRegulatorsPages() {
        given().get("/").then().statusCode(200).body(not(containsString("/regulator/notices")));
    }
}
