package org.shortagewatch.local;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalJourneysTest.journey;
import static org.shortagewatch.local.PortalSystem.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.DemoRealm;

import io.restassured.http.ContentType;

/**
 * The regulator's dashboard and maldistribution map in a real browser, signed in through Keycloak with the second
 * factor, on the system the other portal tests share ({@link PortalSystem}), in one browser session: the dashboard's
 * charts drawn with their tables filled, then an ingredient's map with a coloured tile for what was seeded (a stopped
 * product, a wholesaler's stock and shipments in Tokyo, three facilities of Tokyo that cannot obtain it).
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class RegulatorDashboardTest {

    /** A product of MFR001's of its own ingredient, stopped: on the dashboard and, by its ingredient, on the map. */
    static final String STOPPED = "6250701F1020";
    static final String STOPPED_NAME = "リグレ錠200mg「ダッシュ」";
    /** The fills, as the browser computes them, of 30 days of supply or more and of one open finding. */
    static final String MONTH_OF_SUPPLY = "rgb(26,127,55)";
    static final String ONE_FINDING = "rgb(242,201,76)";

    private static String portal;

    @BeforeAll
    static void seed() {
        PortalSystem.stack();
        portal = PortalSystem.portal();
        as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON)
                .body(Map.of("manufacturerCode", DemoRealm.MANUFACTURER.org(), "productName", STOPPED_NAME,
                        "ingredient", "リグレビル", "strengthUnit", "200mg1錠", "drugCategory", "INTERNAL",
                        "productCategory", "GENERIC"))
                .when().put("/api/v1/products/{yj}", STOPPED).then().statusCode(anyOf(equalTo(200), equalTo(201)));
        PortalSystem.report(DemoRealm.MANUFACTURER, STOPPED, "STOPPED", "QUALITY_TROUBLE");

        // Tokyo: a wholesaler's stock and shipments (days of supply), and three facilities that cannot obtain it
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        record("stock", today, 300);
        record("shipments", today.minusDays(3), 280);
        for (DemoRealm.User facility : List.of(DemoRealm.PHARMACY, DemoRealm.HOSPITAL)) {
            cannotObtain(facility, facility.org());
        }
        cannotObtain(DemoRealm.ADMIN, FacilityCodes.withCheckDigit("131765432"));
    }

    static void record(String kind, LocalDate day, long units) {
        as(DemoRealm.WHOLESALER, LocalStack.WHOLESALER_ALLOCATION).contentType(ContentType.JSON)
                .body(Map.of("facilityCode", DemoRealm.PHARMACY.org(), "yjCode", STOPPED, "date", day.toString(),
                        "units", units, "unit", "錠"))
                .when().post("/api/v1/wholesalers/{w}/{kind}", DemoRealm.WHOLESALER.org(), kind)
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    static void cannotObtain(DemoRealm.User caller, String facility) {
        as(caller, LocalStack.WHOLESALER_ALLOCATION).contentType(ContentType.JSON)
                .body(Map.of("facilityCode", facility, "yjCode", STOPPED))
                .when().post("/api/v1/cannot-obtain-reports").then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /**
     * (h) A regulator signs in with the second factor, reads the dashboard (every chart drawn beside its table, the
     * stopped product among the latest stops and the unannounced shortages), then the map of that product's
     * ingredient: Tokyo coloured for its days of supply, then for its open finding.
     */
    @Test
    void aRegulatorReadsTheDashboardAndTheMapOfAStoppedIngredient() {
        journey("h-regulator-dashboard", browser -> {
            browser.oneTimeCodes(PortalSystem.stack().keycloak()::totpCode);
            browser.open(portal + "/regulator/dashboard");
            browser.signIn(DemoRealm.REGULATOR);
            browser.waitFor().until(d -> browser.findAll(By.cssSelector("[data-chart][data-drawn] svg")).size() == 3);
            assertTrue(browser.findAll(By.cssSelector("nav.main a[href='/regulator/dashboard'][aria-current=page]"))
                    .size() == 1, "the regulator's menu, this page marked");
            assertTrue(browser.findAll(By.cssSelector("#weekly-table tbody tr")).size() >= 12, "a line per week");
            assertTrue(browser.find(By.id("by-reason-table")).getText().contains("品質トラブル"),
                    browser.find(By.id("by-reason-table")).getText());
            assertTrue(browser.find(By.id("by-category-table")).getText().contains("後発品"),
                    browser.find(By.id("by-category-table")).getText());
            assertTrue(browser.find(By.id("stopped-table")).getText().contains(STOPPED_NAME),
                    browser.find(By.id("stopped-table")).getText());
            assertTrue(browser.find(By.id("unannounced-table")).getText().contains(STOPPED_NAME),
                    browser.find(By.id("unannounced-table")).getText());
            browser.screenshot("dashboard");

            browser.find(By.cssSelector("nav.main a[href='/regulator/map']")).click();
            browser.find(By.id("q")).sendKeys(STOPPED);
            browser.find(By.cssSelector("form.search button[type=submit]")).click();
            browser.awaitText("都道府県別の在庫日数");
            browser.waitFor().until(d -> !browser.findAll(By.cssSelector(".map-pair [data-chart][data-drawn] svg"))
                    .isEmpty());
            String tokyo = browser.find(By.id("pref-13")).getText();
            assertTrue(tokyo.contains("30.0日"), tokyo);
            assertTile(browser, MONTH_OF_SUPPLY);
            assertTrue(browser.find(By.id("findings-table")).getText().contains("入手困難報告の集中"),
                    browser.find(By.id("findings-table")).getText());
            browser.screenshot("map-days");

            browser.find(By.cssSelector(".toggle a[href$='view=findings']")).click();
            browser.awaitText("都道府県別の未解決の偏在の兆候");
            browser.waitFor().until(d -> !browser.findAll(By.cssSelector(".map-pair [data-chart][data-drawn] svg"))
                    .isEmpty());
            tokyo = browser.find(By.id("pref-13")).getText();
            assertTrue(tokyo.contains("1件"), tokyo);
            assertTile(browser, ONE_FINDING);
            browser.screenshot("map-findings");
            browser.assertNoConsoleErrors();
        });
    }

    /** A tile of the map is filled with the band's colour (Tokyo's: the only prefecture with figures). */
    @SuppressWarnings("unchecked")
    static void assertTile(Browser browser, String fill) {
        List<String> fills = (List<String>) browser.driver().executeScript("""
                return Array.from(document.querySelectorAll('.map-pair [data-chart] svg path'))
                    .map(p => getComputedStyle(p).fill.replace(/\\s/g, ''));""");
        assertTrue(fills.contains(fill), "a tile filled " + fill + ": " + fills);
    }
}
