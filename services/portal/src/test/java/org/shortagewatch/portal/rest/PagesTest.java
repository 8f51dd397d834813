package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The pages as a browser gets them, rendered from answers in the services' shapes (see {@link FakeServices}):
 * Japanese first, English by choice or Accept-Language, the assets served, signed-in pages closed.
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
class PagesTest {

    static {
        RestAssured.config = RestAssured.config().redirect(
                io.restassured.config.RedirectConfig.redirectConfig().followRedirects(false));
    }

    @Test
    void theLayoutIsJapaneseFirstWithSkipLinkLanguageSwitchAndSignIn() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"ja\">"), containsString("<title>ホーム | Shortage Watch</title>"),
                        containsString("<a class=\"skip\" href=\"#main\">本文へ移動</a>"),
                        containsString("<main id=\"main\""), containsString("href=\"/lang/en?back=%2F\" lang=\"en\" hreflang=\"en\" hx-boost=\"false\""),
                        containsString(">ログイン</a>"), containsString("<label for=\"q\">"),
                        containsString("/webjars/htmx.org/2.0.10/dist/htmx.min.js")));
    }

    @Test
    void englishByAcceptLanguageByTheQueryAndByTheRememberedChoice() {
        given().header("Accept-Language", "en-US,en;q=0.8").get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\">"), containsString(">Sign in</a>"),
                        containsString("Skip to content")));
        given().header("Accept-Language", "en-US").get("/?lang=ja").then().body(containsString("<html lang=\"ja\">"));
        given().cookie("lang", "en").get("/").then().body(containsString("<html lang=\"en\">"));
        given().header("Accept-Language", "de-DE").get("/").then().body(containsString("<html lang=\"ja\">"));
    }

    @Test
    void theLanguageSwitchRemembersTheChoiceAndReturnsOnlyWithinTheSite() {
        given().get("/lang/en?back=/products?q=x").then().statusCode(303)
                .header("Location", endsWith("/products?q=x")).cookie("lang", "en");
        given().get("/lang/en?back=//evil.example/").then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void everyPageSaysHowLongTheServerTookToMakeIt() {
        given().get("/").then().statusCode(200).header("Server-Timing", org.hamcrest.Matchers.matchesPattern("page;dur=[0-9]+\\.[0-9]"));
        given().get("/products?q=カルボシステイン").then().statusCode(200)
                .header("Server-Timing", org.hamcrest.Matchers.startsWith("page;dur="));
    }

    @Test
    void aProductWithoutAnyReportIsShownAsSuchNotAsNotFound() {
        given().get("/products/" + FakeServices.UNREPORTED).then().statusCode(200)
                .body(allOf(containsString("カルボシステイン錠250mg「新規」"), containsString("class=\"badge none\""),
                        containsString("href=\"/products/" + FakeServices.ALT + "\"")));
        given().get("/products/2233002R9999").then().statusCode(404);
    }

    @Test
    void assetsAreServedFromTheWebjars() {
        given().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").then().statusCode(200);
        given().get("/webjars/chart.js/4.5.1/dist/chart.umd.min.js").then().statusCode(200);
        given().get("/static/portal.css").then().statusCode(200);
        given().get("/static/portal.js").then().statusCode(200);
    }

    @Test
    void searchShowsEachProductWithItsStatusInJapanese() {
        given().get("/products?q=カルボシステイン").then().statusCode(200)
                .body(allOf(containsString("2件"), containsString("href=\"/products/" + FakeServices.YJ + "\""),
                        containsString("② 限定出荷（自社の事情）"), containsString("① 通常出荷"),
                        containsString("製造トラブル"), containsString("value=\"カルボシステイン\"")));
        given().get("/products").then().statusCode(200).body(not(containsString("件</p>")));
    }

    @Test
    void aProductShowsStatusReasonOutlookVolumeHistoryAndAlternatives() {
        given().get("/products/" + FakeServices.YJ).then().statusCode(200)
                .body(allOf(containsString("カルボシステインシロップ5%「テスト」"),
                        containsString("class=\"badge limited\" style=\"--c:#9a6700\">② 限定出荷（自社の事情）"),
                        containsString("製造トラブル"), containsString("2027年3月31日"), containsString("B 出荷量減少"),
                        containsString("2026年12月1日"), containsString("① 通常出荷"),
                        containsString("href=\"/products/" + FakeServices.ALT + "\""),
                        containsString("同一成分・同一剤形・同一規格"), not(containsString("通常出荷の代替品目はありません"))));
        given().header("Accept-Language", "en").get("/products/" + FakeServices.YJ).then().statusCode(200)
                .body(allOf(containsString("Limited (own reasons)"), containsString("Manufacturing trouble"),
                        containsString("31 Mar 2027"), containsString("B reduced")));
    }

    @Test
    void theServicesRefusalIsShown() {
        given().get("/products/9999999X9999").then().statusCode(404).body(containsString("見つかりません"));
    }

    @Test
    void theNationalSituationHasChartsEachWithItsTable() {
        given().get("/situation?asOf=2023-11-30").then().statusCode(200)
                .body(allOf(containsString("2023年11月30日"), containsString("data-chart-type=\"doughnut\""),
                        containsString("data-chart-type=\"bar\""), containsString("aria-describedby=\"by-response-table\""),
                        containsString("<td class=\"num\">13199</td><td class=\"num\">75.6</td>"),
                        containsString("<td class=\"num\">17470</td>"), containsString("<th scope=\"row\">後発品</th>"),
                        containsString("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")));
    }

    @Test
    void publishedNoticesAsAListAndAPrintablePage() {
        given().get("/notices").then().statusCode(200)
                .body(allOf(containsString("鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼"), containsString("令和5年9月29日"),
                        containsString("href=\"/notices/" + FakeServices.NOTICE + "\"")));
        given().get("/notices/" + FakeServices.NOTICE).then().statusCode(200)
                .body(allOf(containsString("<h1 class=\"center\">鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼</h1>"),
                        containsString("各都道府県衛生主管部（局）御中"), containsString("<li>初診時からの長期処方を控えること。</li>"),
                        containsString("href=\"/products/" + FakeServices.YJ + "\"")));
    }

    @Test
    void signedInPagesAreClosedWithoutSignIn() {
        // the tests run without an identity provider (tenant disabled): a real one redirects to its login page
        given().get("/me/alerts").then().statusCode(equalTo(401));
        given().get("/me/watchlist").then().statusCode(401);
        given().get("/me").then().statusCode(401);
        given().get("/login").then().statusCode(401);
    }
}
