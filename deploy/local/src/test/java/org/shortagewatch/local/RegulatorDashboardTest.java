package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalJourneysTest.journey;
import static org.shortagewatch.local.RegulatorFigures.STOPPED;
import static org.shortagewatch.local.RegulatorFigures.STOPPED_NAME;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shortagewatch.infra.DemoRealm;

/**
 * The regulator's dashboard and maldistribution map in a real browser, signed in through Keycloak with the second
 * factor, on the system the other portal tests share ({@link PortalSystem}), in one browser session: the dashboard's
 * charts drawn with their tables filled, then an ingredient's map with a coloured tile for what was seeded
 * ({@link RegulatorFigures}: a stopped product, a wholesaler's stock and shipments in Tokyo, three facilities of Tokyo
 * that cannot obtain it). What the pages say without JavaScript is in {@link RegulatorPagesTest}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class RegulatorDashboardTest {

    /** The fills, as the browser computes them, of 30 days of supply or more and of one open finding. */
    static final String MONTH_OF_SUPPLY = "rgb(26,127,55)";
    static final String ONE_FINDING = "rgb(242,201,76)";

    @BeforeAll
    static void seed() {
        RegulatorFigures.seed();
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
            browser.open(PortalSystem.portal() + "/regulator/dashboard");
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

            WebElement daysTile = browser.find(By.id("pref-13"));
            browser.find(By.cssSelector(".toggle a[href$='view=findings']")).click();
            browser.waitFor().until(ExpectedConditions.stalenessOf(daysTile)); // the findings page, not the last one
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
