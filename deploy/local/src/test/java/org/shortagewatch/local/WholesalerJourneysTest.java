package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalJourneysTest.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shortagewatch.infra.DemoRealm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A wholesaler's journey in a real browser (Debian's Chromium, headless), signed in through Keycloak's real login
 * page, on the system the other portal tests share ({@link PortalSystem}): orders uploaded that surge above a
 * customer's past purchases during limited shipment, the finding read with its advice, the ingredient seen across
 * Japan with the customer's prefecture coloured, a supply set and its plan read. Screenshots in
 * {@code target/screenshots/<journey>/}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class WholesalerJourneysTest {

    /** MFR001's product of an ingredient no other test uses: in limited shipment (demand increase). */
    static final String YJ = "6999001F1011";
    static final String INGREDIENT_KEY = "6999001";
    static final String PRODUCT_NAME = "ジャーニー偏在錠10mg";
    /** The demo hospital (Tokyo, 13): WHS001's customer, with past purchases in the baseline window. */
    static final String CUSTOMER = DemoRealm.HOSPITAL.org();
    static final LocalDate TODAY = WholesalerData.TODAY;

    /** The product in limited shipment as wholesaler-allocation knows it, and the customer's past purchases. */
    @BeforeAll
    static void seed() {
        WholesalerData.limited(YJ, PRODUCT_NAME, "ジャーニー偏在成分");
        WholesalerData.pastPurchases(CUSTOMER, YJ);
    }

    static Path ordersFile(String name, String rows) {
        try {
            Path file = Path.of("target", "journey-files", name).toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.write(file, ("reference,facilityCode,yjCode,date,units,unit\n" + rows).getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * (c) A wholesaler sends orders with two bad cells, reads them by row and column, sends the fixed file (350 units,
     * 125% of the customer's baseline, during limited shipment), finds the order surge with its advice, opens the map
     * and sees Tokyo coloured for it; then sets the product's supply and reads each customer's quota.
     */
    @Test
    void aWholesalerUploadsOrdersThatSurgeReadsTheFindingAndSeesItsPrefectureOnTheMap() {
        Path broken = ordersFile("orders-two-bad.csv", "J-1," + CUSTOMER.substring(0, 9) + "0," + YJ + ","
                + TODAY + ",350,錠\nJ-2," + CUSTOMER + "," + YJ + "," + TODAY + ",-5,錠\n");
        Path fixed = ordersFile("orders-surge.csv", "J-1," + CUSTOMER + "," + YJ + "," + TODAY + ",350,錠\n");
        journey("c-wholesaler", browser -> {
            browser.open(PortalSystem.portal() + "/wholesaler/uploads");
            browser.signIn(DemoRealm.WHOLESALER);
            browser.find(By.id("file"));
            assertEquals(1, browser.findAll(By.cssSelector("nav.main a[href='/wholesaler/uploads'][aria-current=page]"))
                    .size(), "the wholesaler's menu, this page marked");
            assertTrue(browser.findAll(By.cssSelector("nav.main a[href='/maker/uploads']")).isEmpty());
            browser.screenshot("uploads");

            send(browser, broken);
            List<WebElement> errors = browser.findAll(By.cssSelector("#row-error-table tbody tr"));
            assertEquals(List.of("2", "3"), errors.stream().map(tr -> tr.findElement(By.cssSelector("th")).getText())
                    .toList(), "the rows as the spreadsheet numbers them");
            assertTrue(errors.get(0).getText().contains("facilityCode"), errors.get(0).getText());
            assertTrue(errors.get(1).getText().contains("units"), errors.get(1).getText());
            assertTrue(browser.text().contains("このファイルは登録しませんでした"), browser.text());
            browser.screenshot("refused-rows");

            send(browser, fixed);
            String result = browser.find(By.id("upload-result")).getText();
            assertTrue(result.contains("1件を登録しました") && result.contains(INGREDIENT_KEY), result);
            browser.screenshot("stored");

            browser.find(By.cssSelector("nav.main a[href='/wholesaler/findings']")).click();
            browser.find(By.id("q"));
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("q"))).selectByValue(YJ);
            browser.find(By.cssSelector("form.filter button[type=submit]")).click();
            // the filtered list replaces the page (htmx): read it once the address says so
            browser.waitFor().until(d -> browser.url().contains("q=" + YJ));
            String finding = browser.waitFor().ignoring(StaleElementReferenceException.class)
                    .until(d -> browser.find(By.cssSelector(".finding.rule-ORDER_SURGE")).getText());
            assertTrue(finding.contains("発注急増") && finding.contains(PRODUCT_NAME) && finding.contains(CUSTOMER),
                    finding);
            assertTrue(finding.contains("対応の目安") && finding.contains("割当の範囲で出荷し")
                    && finding.contains("この期間の目安の上限：308"), finding);
            browser.screenshot("finding-with-advice");

            browser.find(By.cssSelector(".finding.rule-ORDER_SURGE a.see-japan")).click();
            WebElement tokyo = browser.find(By.id("pref-13"));
            assertEquals("1件", tokyo.getAttribute("data-band"), tokyo.getText());
            assertTrue(tokyo.getText().contains("東京") && tokyo.getText().contains("1件"), tokyo.getText());
            assertEquals("0件", browser.find(By.id("pref-27")).getAttribute("data-band"));
            JsonNode tile = tile(browser, "東京");
            assertEquals("[11,5,1.0]", tile.path("value").toString(), "Tokyo's tile holds its one finding");
            browser.waitFor().until(d -> !browser.findAll(By.cssSelector("#prefecture-map ~ .chart svg, .chart svg")).isEmpty());
            browser.screenshot("map-findings");

            browser.find(By.cssSelector("nav.toggle a[href$='view=days']")).click();
            browser.waitFor().ignoring(StaleElementReferenceException.class)
                    .until(d -> "10.0日".equals(browser.find(By.cssSelector("#pref-13 td.num")).getText()));
            assertEquals("7〜14日", browser.find(By.id("pref-13")).getAttribute("data-band"));
            browser.waitFor().until(d -> !browser.findAll(By.cssSelector(".chart svg")).isEmpty());
            browser.screenshot("map-days");

            browser.find(By.cssSelector("nav.main a[href='/wholesaler/uploads']")).click();
            browser.find(By.id("yjCode")).sendKeys(YJ);
            browser.driver().executeScript("document.getElementById('periodStart').value = arguments[0];"
                    + "document.getElementById('periodEnd').value = arguments[1];",
                    TODAY.withDayOfMonth(1).toString(), TODAY.withDayOfMonth(1).plusMonths(1).minusDays(1).toString());
            browser.find(By.id("supplyUnits")).sendKeys("500");
            browser.find(By.id("unit")).sendKeys("錠");
            browser.find(By.cssSelector("#supply-form button[type=submit]")).click();
            browser.find(By.id("supplied"));
            WebElement plan = browser.find(By.id("plan-" + YJ));
            assertTrue(plan.getText().contains(CUSTOMER) && plan.getText().contains("500"), plan.getText());
            browser.waitFor().until(d -> !browser.findAll(By.cssSelector("#plan-" + YJ + " .chart svg")).isEmpty());
            browser.screenshot("plan");
            // the refused file's answer (400) is the page's status, which Chromium reports on its console
            browser.assertNoConsoleErrorsExcept(entry -> entry.getMessage().contains("status of 400"));
        });
    }

    /** Chooses the orders file and sends it; the page answers at once (the service stores all or nothing). */
    private static void send(Browser browser, Path file) {
        browser.find(By.cssSelector("input[name=kind][value=orders]")).click();
        browser.find(By.id("file")).sendKeys(file.toString());
        WebElement form = browser.find(By.id("upload-form"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // the answer's page, not the last one (whose row errors a second upload's page would otherwise be taken for)
        browser.waitFor().until(ExpectedConditions.stalenessOf(form));
        browser.waitFor().until(d -> !browser.findAll(By.id("upload-result")).isEmpty()
                || !browser.findAll(By.id("row-error-table")).isEmpty());
    }

    /** The map's tile of a prefecture, from the chart's option as the page gives it. */
    private static JsonNode tile(Browser browser, String name) {
        try {
            JsonNode option = new ObjectMapper().readTree(browser.find(By.cssSelector("[data-chart]"))
                    .getAttribute("data-chart"));
            for (JsonNode t : option.path("series").get(0).path("data")) {
                if (t.path("name").asText().startsWith(name + "\n")) {
                    return t;
                }
            }
            throw new AssertionError("no tile of " + name + " in " + option);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
