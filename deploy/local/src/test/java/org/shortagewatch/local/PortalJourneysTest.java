package org.shortagewatch.local;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalSystem.GENERIC;
import static org.shortagewatch.local.PortalSystem.GENERIC_NAME;
import static org.shortagewatch.local.PortalSystem.INGREDIENT;
import static org.shortagewatch.local.PortalSystem.MEDICON;
import static org.shortagewatch.local.PortalSystem.MEDICON_NAME;
import static org.shortagewatch.local.PortalSystem.acknowledgeOnItsPage;
import static org.shortagewatch.local.PortalSystem.as;
import static org.shortagewatch.local.PortalSystem.portal;
import static org.shortagewatch.local.PortalSystem.publishNotice;
import static org.shortagewatch.local.PortalSystem.report;
import static org.shortagewatch.local.PortalSystem.seconds;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shortagewatch.infra.DemoRealm;

import io.restassured.http.ContentType;

/**
 * The portal's journeys in a real browser (Debian's Chromium, headless), each through Keycloak's real login page, on
 * the whole system: Keycloak, Kafka, PostgreSQL, the three services and the portal, as built jars in their own
 * processes, shared with the page tests ({@link PortalSystem}). Each journey asserts the browser logged no console error and
 * leaves a screenshot of every page it saw in {@code target/screenshots/<journey>/}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class PortalJourneysTest {

    // ------------------------------------------------------------------------------------------------- journeys

    /** (a) A pharmacist follows an ingredient; a manufacturer's report appears on the open alerts page, live. */
    @Test
    void aPharmacistFollowsAnIngredientAndSeesTheAlertArriveOnTheOpenPage() {
        journey("a-live-alert", browser -> {
            browser.open(portal() + "/me/watchlist");
            assertTrue(browser.isKeycloak(), "a signed-out visitor is sent to Keycloak's login page: " + browser.url());
            browser.signIn(DemoRealm.PHARMACY);
            browser.find(By.id("target"));
            assertTrue(browser.url().startsWith(portal() + "/me/watchlist"), browser.url());
            browser.screenshot("watchlist");

            new Select(browser.find(By.id("kind"))).selectByValue("INGREDIENT");
            browser.find(By.id("target")).sendKeys(MEDICON.substring(0, 7));
            WebElement follow = browser.find(By.cssSelector("form[action='/me/watchlist'] button[type=submit]"));
            follow.click();
            browser.waitFor().until(ExpectedConditions.stalenessOf(follow)); // the page that follows, not this one
            // this ingredient's own entry, with its button to stop following (others may be followed already)
            browser.find(By.xpath("//ul[@class='results']/li[.//span[@class='meta' and .='" + MEDICON.substring(0, 7)
                    + "']]//form[contains(@action, '/removal')]"));
            browser.screenshot("watchlist-following");

            browser.find(By.cssSelector("nav.main a[href='/me/alerts']")).click();
            // the page listens from the newest alert it shows (the stream resumes there, so nothing is missed)
            browser.find(By.cssSelector("#alert-list[data-stream]"));
            browser.waitFor().until(d -> browser.url().endsWith("/me/alerts"));
            browser.screenshot("alerts-open");
            browser.driver().executeScript("window.__notReloaded = true;");
            int before = browser.findAll(By.cssSelector("#alert-list > li")).size();

            long reported = System.nanoTime();
            report(DemoRealm.MANUFACTURER, MEDICON, "LIMITED_OWN_REASONS", "MANUFACTURING_TROUBLE");
            WebElement fresh = browser.waitFor(Duration.ofSeconds(10))
                    .withMessage(() -> "the alert on the open page within 10 s:\n" + browser.text())
                    .until(d -> browser.findAll(By.cssSelector("#alert-list > li.fresh")).stream()
                            .filter(li -> !li.findElements(By.cssSelector("a[href='/products/" + MEDICON + "']"))
                                    .isEmpty() && li.getText().contains("限定出荷"))
                            .findFirst().orElse(null));
            System.out.printf("[journeys] (a) the alert appeared %.1f s after the report%n", seconds(reported));
            assertTrue(browser.findAll(By.cssSelector("#alert-list > li")).size() > before, "one more alert in the list");
            assertEquals(Boolean.TRUE, browser.driver().executeScript("return window.__notReloaded === true;"),
                    "the alert came without a reload");
            browser.screenshot("alerts-live");
            browser.assertNoConsoleErrors();
        });
    }

    /** (b) A pharmacist reads and acknowledges a published notice; the regulator's statistics count it. */
    @Test
    void aPharmacistAcknowledgesANoticeAndTheRegulatorsStatisticsCountIt() {
        String title = "鎮咳薬（咳止め）・去痰薬の在庫逼迫に伴う協力依頼";
        String notice = publishNotice(title);
        statistics(notice).body("acknowledged", equalTo(0));
        // the service's side: the notice is in the pharmacy's inbox (what the portal's page will show)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                as(DemoRealm.PHARMACY, LocalStack.NOTIFICATION).when().get("/api/v1/inbox/{code}", DemoRealm.PHARMACY.org())
                        .then().statusCode(200).body(org.hamcrest.Matchers.containsString(notice)));
        System.out.println("[journeys] (b) the pharmacy's inbox: " + as(DemoRealm.PHARMACY, LocalStack.NOTIFICATION)
                .when().get("/api/v1/inbox/{code}", DemoRealm.PHARMACY.org()).asString());
        journey("b-notice-acknowledged", browser -> {
            browser.open(portal() + "/me/notices");
            browser.signIn(DemoRealm.PHARMACY);
            browser.awaitText(title);
            browser.screenshot("my-notices");
            browser.find(By.cssSelector("a[href='/notices/" + notice + "']")).click();
            browser.waitFor().until(d -> browser.url().endsWith("/notices/" + notice));
            browser.awaitText(title);
            browser.screenshot("notice");
            acknowledgeOnItsPage(browser, notice);
            browser.screenshot("notice-acknowledged");
            browser.find(By.cssSelector("nav.main a[href='/me/notices']")).click();
            assertTrue(browser.find(By.xpath("//li[.//a[@href='/notices/" + notice + "']]")).getText()
                    .contains("確認済み"), "the list says so too");
            browser.screenshot("my-notices-acknowledged");
            browser.assertNoConsoleErrors();
        });
        statistics(notice).body("acknowledged", equalTo(1));
    }

    /** (c) The public search finds a product by its Japanese name and shows its alternatives with their status. */
    @Test
    void thePublicSearchFindsAProductByItsJapaneseNameAndShowsItsAlternatives() {
        journey("c-public-search", browser -> {
            browser.open(portal() + "/");
            browser.screenshot("home");
            browser.find(By.id("q")).sendKeys("メジコン");
            browser.find(By.cssSelector("form.search button[type=submit]")).click();
            WebElement hit = browser.find(By.cssSelector("ul.results a[href='/products/" + MEDICON + "']"));
            assertEquals(MEDICON_NAME, hit.getText());
            browser.screenshot("results");

            hit.click();
            browser.waitFor().until(d -> browser.url().endsWith("/products/" + MEDICON));
            WebElement alternatives = browser.find(By.cssSelector("section[aria-labelledby=alternatives]"));
            browser.waitFor().until(d -> alternatives.getText().contains(GENERIC_NAME));
            assertTrue(alternatives.getText().contains("通常出荷"), "the alternative's own status: " + alternatives.getText());
            assertTrue(browser.text().contains(INGREDIENT), browser.text());
            browser.screenshot("product");

            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.screenshot("product-phone");
            assertEquals(Boolean.FALSE, browser.driver().executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;"),
                    "no sideways scrolling at phone width");

            // the national situation: both charts drawn by ECharts, their figures in the tables beside them
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            browser.find(By.cssSelector("nav.main a[href='/situation']")).click();
            browser.waitFor().until(d -> browser.findAll(By.cssSelector("[data-chart][data-drawn] svg")).size() == 2);
            assertTrue(browser.find(By.id("by-response-table")).getText().contains("通常出荷"),
                    browser.find(By.id("by-response-table")).getText());
            browser.screenshot("situation");
            browser.assertNoConsoleErrors();
        });
    }

    /** (d) A regulator's sign-in asks for the one-time code after the password; the code signs in. */
    @Test
    void aRegulatorsSignInAsksForTheSecondFactor() {
        journey("d-regulator-two-factor", browser -> {
            browser.open(portal() + "/");
            browser.find(By.cssSelector("a[href='/login']")).click();
            browser.waitFor().until(d -> browser.isKeycloak());
            browser.find(By.id("username")).sendKeys(DemoRealm.REGULATOR.username());
            browser.find(By.id("password")).sendKeys(DemoRealm.REGULATOR.password());
            browser.screenshot("keycloak-login");
            browser.find(By.id("kc-login")).click();

            browser.find(By.id("otp"));
            assertTrue(browser.isKeycloak(), "still at Keycloak after the password: " + browser.url());
            assertTrue(browser.findAll(By.id("password")).isEmpty(), "the password form is done");
            assertFalse(browser.text().contains("ログイン中"), "not signed in without the code");
            browser.screenshot("keycloak-otp");

            browser.find(By.id("otp")).sendKeys(PortalSystem.stack().keycloak().totpCode(DemoRealm.REGULATOR));
            browser.find(By.id("kc-login")).click();
            browser.waitFor().until(d -> browser.url().startsWith(portal()));
            browser.awaitText("ログイン中");
            browser.screenshot("signed-in");
            browser.assertNoConsoleErrors();
        });
    }

    /** Every demo user signs in through Keycloak (one-time code where required), lands on its own work and out. */
    @Test
    void everyDemoUserSignsInAndOut() {
        Map<String, String> firstPage = Map.of("facility", "/me/alerts", "manufacturer", "/maker/products",
                "wholesaler", "/wholesaler/findings", "regulator", "/regulator/notices", "admin", "/admin");
        journey("f-every-user", browser -> {
            browser.oneTimeCodes(PortalSystem.stack().keycloak()::totpCode);
            browser.open(portal() + "/");
            for (DemoRealm.User user : DemoRealm.USERS) {
                String own = firstPage.get(user.role());
                browser.find(By.cssSelector("a[href='/login']")).click();
                browser.waitFor().until(d -> browser.isKeycloak());
                browser.signIn(user);
                browser.waitFor().withMessage(() -> user.username() + " lands on " + own + ": " + browser.url())
                        .until(d -> browser.url().equals(portal() + own));
                browser.awaitText("ログイン中");
                browser.screenshot("signed-in-" + user.username());
                browser.find(By.cssSelector("a.brand[href='/']")).click();
                browser.find(By.cssSelector("#home-cards a[href='" + own + "']"));
                browser.screenshot("home-" + user.username());
                browser.find(By.cssSelector("a[href='/logout']")).click();
                browser.waitFor().withMessage(() -> user.username() + " signed out, back at the portal: " + browser.url())
                        .until(d -> browser.url().startsWith(portal())
                                && !browser.findAll(By.cssSelector("a[href='/login']")).isEmpty());
                assertFalse(browser.text().contains("ログイン中"), user.username() + " is signed out");
            }
            browser.screenshot("signed-out");
            browser.assertNoConsoleErrors();
        });
    }

    /**
     * A pharmacist who crafts the portal's URLs for a hospital's subscription sees nothing of it: the portal passes
     * the request on with the pharmacist's token, notification refuses it, and the page shows that refusal only. The
     * service refuses the same calls made directly, so no rule depends on the portal.
     */
    @Test
    void aFacilityOpeningAnotherFacilitysUrlsSeesNothingOfIt() {
        String hospitalHook = "http://localhost:9/hospital-only-endpoint";
        String hospitals = as(DemoRealm.HOSPITAL, LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                .body(Map.of("facilityCode", DemoRealm.HOSPITAL.org(), "kind", "YJ_CODE", "target", GENERIC,
                        "channels", List.of("INBOX", "WEBHOOK"), "minSeverity", "INFO", "webhookUrl", hospitalHook))
                .when().post("/api/v1/subscriptions").then().statusCode(201).extract().path("id");
        journey("e-other-facility", browser -> {
            browser.open(portal() + "/me/watchlist");
            browser.signIn(DemoRealm.PHARMACY);
            browser.find(By.id("target"));

            for (String action : List.of("secret", "removal")) {
                // what a crafted form would send: a POST to the hospital's subscription
                browser.driver().executeScript("""
                        const form = document.createElement('form');
                        form.method = 'post';
                        form.action = arguments[0];
                        document.body.appendChild(form);
                        form.submit();""", "/me/watchlist/" + hospitals + "/" + action);
                browser.waitFor().until(d -> browser.url().endsWith("/" + action));
                WebElement problem = browser.find(By.cssSelector(".problem[role=alert]"));
                // the service's 404, as the page words it: not found, and what may have happened; not the
                // service's own words, which name the subscription's id
                assertTrue(problem.getText().contains("対象が見つかりません") && !problem.getText().contains("はありません")
                        && !problem.getText().contains(hospitals), action + ": " + problem.getText());
                String page = browser.text();
                assertFalse(page.contains("whsec_"), action + ": no secret on the page");
                assertFalse(page.contains(hospitalHook), action + ": nothing of the hospital's subscription");
                assertFalse(page.contains(GENERIC), action + ": nothing of the hospital's subscription");
                browser.screenshot("crafted-" + action);
            }
            // the refusals are the pages' status, which Chromium reports on its console; nothing else may be there
            browser.assertNoConsoleErrorsExcept(entry -> entry.getMessage().contains("status of 404"));
        });

        // the service itself refuses the pharmacist, however asked: the portal decides nothing
        as(DemoRealm.PHARMACY, LocalStack.NOTIFICATION).when().get("/api/v1/subscriptions/{id}", hospitals)
                .then().statusCode(404);
        as(DemoRealm.PHARMACY, LocalStack.NOTIFICATION).when().delete("/api/v1/subscriptions/{id}", hospitals)
                .then().statusCode(404);
        as(DemoRealm.PHARMACY, LocalStack.NOTIFICATION).when().post("/api/v1/subscriptions/{id}/secret", hospitals)
                .then().statusCode(404);
        as(DemoRealm.PHARMACY, LocalStack.NOTIFICATION)
                .queryParam("facility", DemoRealm.HOSPITAL.org()).when().get("/api/v1/subscriptions")
                .then().statusCode(anyOf(equalTo(403), equalTo(404)))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(hospitals)));
        as(DemoRealm.PHARMACY, LocalStack.NOTIFICATION)
                .when().get("/api/v1/inbox/{code}", DemoRealm.HOSPITAL.org())
                .then().statusCode(anyOf(equalTo(403), equalTo(404)));
        // and the hospital's subscription is untouched
        as(DemoRealm.HOSPITAL, LocalStack.NOTIFICATION).when().get("/api/v1/subscriptions/{id}", hospitals)
                .then().statusCode(200).body("active", equalTo(true));
    }

    /**
     * Runs the journey's steps in a fresh browser, closed afterwards, and prints its time; when a step fails, the page
     * as it was then is saved as the journey's last screenshot ({@code NN-failed.png}) and its address and text join
     * the failure.
     */
    static void journey(String name, java.util.function.Consumer<Browser> steps) {
        long begin = System.nanoTime();
        try (Browser browser = new Browser(name)) {
            try {
                steps.accept(browser);
            } catch (RuntimeException | AssertionError failure) {
                browser.explain(failure);
                throw failure;
            }
        }
        System.out.printf("[journeys] %s: %.1f s%n", name, seconds(begin));
    }

    static io.restassured.response.ValidatableResponse statistics(String notice) {
        return as(DemoRealm.REGULATOR, LocalStack.NOTIFICATION).when().get("/api/v1/notices/{id}/statistics", notice)
                .then().statusCode(200);
    }

}
