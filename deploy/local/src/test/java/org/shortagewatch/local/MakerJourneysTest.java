package org.shortagewatch.local;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalJourneysTest.journey;
import static org.shortagewatch.local.PortalSystem.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.events.YjCodes;

import io.restassured.http.ContentType;

/**
 * A manufacturer's journeys in a real browser (Debian's Chromium, headless), signed in through Keycloak's real login
 * page, on the system the other portal tests share ({@link PortalSystem}): a national-list file uploaded, its row
 * errors read and fixed; a status reported through the form, refused first, then public at once. Screenshots in
 * {@code target/screenshots/<journey>/}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class MakerJourneysTest {

    /** MFR001's list for the upload: 500 products of their own ingredient. */
    static final int ROWS = 500;
    /** The rows (0-based) the first file gets wrong, and the spreadsheet rows that names them (header is row 1). */
    static final int[] BAD = {0, 250, ROWS - 1};
    static final String STATUS_HEADER = "⑤YJコード,⑫製造販売業者の出荷対応の状況,⑬⑫の更新日,⑭限定出荷等の理由,⑮解消見込み,"
            + "⑯解消見込み時期,⑰出荷量の状況\n";
    /** MFR001's product for the form: registered, shipping normally. */
    static final String FORM_PRODUCT = "1149019F1013";
    static final String FORM_PRODUCT_NAME = "ロキソプロフェンNa錠60mg「ジャーニー」";

    private static String portal;
    private static List<String> listed;

    @BeforeAll
    static void start() {
        PortalSystem.stack();
        portal = PortalSystem.portal();
        listed = java.util.stream.IntStream.range(0, ROWS)
                .mapToObj(i -> YjCodes.withCheckCharacter(String.format("6111%03dF101", i))).toList();
        String maker = PortalSystem.makerName(DemoRealm.MANUFACTURER);
        StringBuilder products = new StringBuilder("①薬剤区分,③成分名,④規格単位,⑤YJコード,⑥品名,⑦製造販売業者名,⑧製品区分\n");
        for (String yj : listed) {
            products.append("内用薬,一括成分").append(yj, 4, 7).append(",10mg1錠,").append(yj).append(",一括錠")
                    .append(yj, 4, 7).append("「カクウ」,").append(maker).append(",後発品\n");
        }
        String job = as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).contentType("text/csv; charset=UTF-8")
                .body(products.toString().getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/products/bulk")
                .then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                "SUCCEEDED".equals(as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT)
                        .get("/api/v1/bulk-jobs/{id}", job).then().extract().path("state")));
        as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).contentType(ContentType.JSON)
                .body(Map.of("manufacturerCode", DemoRealm.MANUFACTURER.org(), "manufacturerName", maker,
                        "productName", FORM_PRODUCT_NAME,
                        "ingredient", "ロキソプロフェンナトリウム水和物", "strengthUnit", "60mg1錠",
                        "drugCategory", "INTERNAL", "productCategory", "GENERIC"))
                .when().put("/api/v1/products/{yj}", FORM_PRODUCT).then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(200), equalTo(201)));
        PortalSystem.report(DemoRealm.MANUFACTURER, FORM_PRODUCT, "NORMAL", null);
    }

    /** The national list's status rows for {@link #listed}; with {@code broken}, three of them wrong, each its own way. */
    static Path statusFile(String name, boolean broken) {
        StringBuilder csv = new StringBuilder(STATUS_HEADER);
        for (int i = 0; i < ROWS; i++) {
            String yj = listed.get(i);
            if (broken && i == BAD[0]) {
                csv.append(yj).append(",②限定出荷（自社の事情）,2026-12-01,,,,B\n"); // ⑭ missing
            } else if (broken && i == BAD[1]) {
                csv.append(yj).append(",通常出荷,2026-13-45,,,,A\n"); // ⑬ no such day
            } else if (broken && i == BAD[2]) {
                csv.append(yj).append(",出荷しているかも,2026-12-01,,,,A\n"); // ⑫ no such response
            } else if (i % 10 == 0) {
                csv.append(yj).append(",②限定出荷（自社の事情）,2026-12-01,3．製造トラブル,未定,,B\n");
            } else {
                csv.append(yj).append(",①通常出荷,2026-12-01,,,,A\n");
            }
        }
        try {
            Path file = Path.of("target", "journey-files", name).toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * (g) A manufacturer uploads a 500-row list with three bad rows, all or nothing: the progress bar follows the rows
     * to the end, the three errors name their rows and columns (and come as a CSV file for Excel), nothing is recorded;
     * the fixed file is accepted whole.
     */
    @Test
    void aManufacturerUploadsAListFixesItsThreeBadRowsAndUploadsItAgain() {
        Path broken = statusFile("status-500-three-bad.csv", true);
        Path fixed = statusFile("status-500-fixed.csv", false);
        journey("g-maker-upload", browser -> {
            browser.open(portal + "/maker/uploads");
            browser.signIn(DemoRealm.MANUFACTURER);
            browser.find(By.id("file"));
            assertTrue(browser.findAll(By.cssSelector("nav.main a[href='/maker/uploads'][aria-current=page]")).size() == 1,
                    "the manufacturer's menu, this page marked");
            browser.screenshot("uploads");

            String jobId = upload(browser, broken);
            WebElement status = finished(browser);
            browser.screenshot("rejected");
            WebElement bar = browser.find(By.id("job-progress"));
            assertEquals(bar.getAttribute("max"), bar.getAttribute("value"), "the bar at its end");
            assertEquals("500", bar.getAttribute("max"));
            assertTrue(status.getText().contains("500 / 500"), status.getText());
            assertTrue(status.getText().contains("登録しませんでした"), status.getText());
            List<WebElement> errors = browser.findAll(By.cssSelector("#row-error-table tbody tr"));
            assertEquals(3, errors.size(), "three row errors");
            assertEquals(List.of("2", "252", "501"), errors.stream()
                    .map(tr -> tr.findElement(By.cssSelector("th")).getText()).toList());
            // each column named by the file's header, as the clerk fixing the file knows it, not by the API's field
            assertEquals(List.of("行", "列", "内容"), browser.findAll(By.cssSelector("#row-error-table thead th")).stream()
                    .map(WebElement::getText).toList());
            assertEquals(List.of("⑭限定出荷等の理由", "⑬⑫の更新日", "⑫製造販売業者の出荷対応の状況"), errors.stream()
                    .map(tr -> tr.findElement(By.cssSelector("td")).getText()).toList());
            assertTrue(errors.stream().map(WebElement::getText).noneMatch(
                    row -> row.contains("reason") || row.contains("effectiveDate") || row.contains("shipmentResponse")),
                    "no API field named");
            // the same errors as a file Excel opens: UTF-8 with a byte-order mark
            @SuppressWarnings("unchecked")
            List<Long> csv = (List<Long>) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(Array.from(new Uint8Array(b))));""",
                    "/maker/uploads/" + jobId + "/errors.csv");
            assertEquals(List.of(0xEFL, 0xBBL, 0xBFL), csv.subList(0, 3), "a byte-order mark first");
            byte[] bytes = new byte[csv.size() - 3];
            for (int i = 3; i < csv.size(); i++) {
                bytes[i - 3] = csv.get(i).byteValue();
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertEquals(4, text.split("\r\n").length, text);
            assertTrue(text.startsWith("行,列,内容\r\n2,⑭限定出荷等の理由,"), text);
            as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).get("/api/v1/products/{yj}/status",
                    listed.get(1)).then().statusCode(404);

            browser.find(By.linkText("直したファイルをアップロード")).click();
            browser.find(By.id("file"));
            String again = upload(browser, fixed);
            status = finished(browser);
            assertTrue(status.getText().contains("登録しました"), status.getText());
            assertTrue(browser.findAll(By.id("row-error-table")).isEmpty(), "no errors");
            browser.screenshot("accepted");
            as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).get("/api/v1/bulk-jobs/{id}", again).then()
                    .body("state", equalTo("SUCCEEDED")).body("acceptedRows", equalTo(ROWS));

            browser.find(By.cssSelector("nav.main a[href='/maker/uploads']")).click();
            browser.waitFor().until(d -> browser.findAll(By.cssSelector("a[href='/maker/uploads/" + again + "']"))
                    .size() == 1 && !browser.findAll(By.cssSelector("a[href='/maker/uploads/" + jobId + "']")).isEmpty());
            browser.screenshot("uploads-listed");

            browser.find(By.cssSelector("nav.main a[href='/maker/history']")).click();
            browser.awaitText("報告の新しい順");
            assertTrue(browser.text().contains("一括錠"), "the upload's changes, the latest first:\n" + browser.text());
            browser.screenshot("history");
            browser.assertNoConsoleErrors();
        });
    }

    /** Chooses the file and sends it (all or nothing, the default); returns the job the page then follows. */
    private static String upload(Browser browser, Path file) {
        browser.find(By.id("file")).sendKeys(file.toString());
        assertTrue(browser.find(By.cssSelector("input[name=mode][value=all-or-nothing]")).isSelected());
        browser.find(By.cssSelector("form[action='/maker/uploads'] button[type=submit]")).click();
        browser.waitFor().until(d -> browser.url().matches(".*/maker/uploads/[0-9a-f-]{36}$"));
        browser.find(By.id("job-progress"));
        browser.screenshot("progress");
        return browser.url().substring(browser.url().lastIndexOf('/') + 1);
    }

    /** The job's section once it has finished, as the page's polling brings it (the page is not reloaded). */
    private static WebElement finished(Browser browser) {
        browser.driver().executeScript("window.__notReloaded = true;");
        browser.waitFor(Duration.ofSeconds(60)).withMessage(() -> "the upload finished:\n" + browser.text())
                .until(d -> !browser.findAll(By.cssSelector("#job-status .outcome")).isEmpty());
        assertEquals(Boolean.TRUE, browser.driver().executeScript("return window.__notReloaded === true;"),
                "the outcome came without a reload");
        return browser.find(By.id("job-status"));
    }

    /**
     * (h) A manufacturer reports a limited shipment through the form: first without its reason, which the service
     * refuses and the form shows beside the reason; then with it, and the public product page shows it at once. Then
     * its scorecard, and an API key shown once.
     */
    @Test
    void aManufacturerReportsALimitedShipmentThroughTheFormAndThePublicPageShowsIt() {
        journey("h-maker-report", browser -> {
            browser.open(portal + "/maker/products?q=" + FORM_PRODUCT);
            browser.signIn(DemoRealm.MANUFACTURER);
            WebElement row = browser.find(By.xpath("//table[contains(@class,'products')]//tr[.//a[@href='/products/"
                    + FORM_PRODUCT + "']]"));
            assertTrue(row.getText().contains("① 通常出荷"), row.getText());
            browser.screenshot("my-products");

            row.findElement(By.cssSelector("a[href='/maker/products/" + FORM_PRODUCT + "/report']")).click();
            browser.find(By.id("reason"));
            browser.screenshot("form");
            browser.find(By.cssSelector("input[name=shipmentResponse][value=LIMITED_OWN_REASONS]")).click();
            new Select(browser.find(By.id("shipmentVolume"))).selectByValue("B");
            new Select(browser.find(By.id("resolutionOutlook"))).selectByValue("YES");
            LocalDate outlook = LocalDate.now().plusMonths(3);
            browser.driver().executeScript("document.getElementById('expectedResolutionDate').value = arguments[0];",
                    outlook.toString());
            // the maker knows the outlook only to the end of that month: 下旬
            new Select(browser.find(By.id("expectedResolutionPrecision"))).selectByValue("LATE_MONTH");
            browser.find(By.cssSelector("form.report-form button[type=submit]")).click();

            WebElement beside = browser.find(By.id("err-reason"));
            assertTrue(beside.getText().contains("理由"), beside.getText());
            assertEquals("true", browser.find(By.id("reason")).getAttribute("aria-invalid"));
            assertTrue(browser.find(By.id("reason")).getAttribute("aria-describedby").contains("err-reason"));
            assertTrue(browser.find(By.cssSelector("input[name=shipmentResponse][value=LIMITED_OWN_REASONS]"))
                    .isSelected(), "the form keeps what was chosen");
            assertEquals("LATE_MONTH", new Select(browser.find(By.id("expectedResolutionPrecision")))
                    .getFirstSelectedOption().getAttribute("value"), "and how precisely the outlook was stated");
            browser.waitFor().withMessage(() -> "the refusal's summary takes the focus")
                    .until(d -> "refusal".equals(d.switchTo().activeElement().getAttribute("id")));
            browser.screenshot("refused-beside-reason");
            as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).get("/api/v1/products/{yj}/status",
                    FORM_PRODUCT).then().body("current.shipmentResponse", equalTo("NORMAL"));

            new Select(browser.find(By.id("reason"))).selectByValue("MANUFACTURING_TROUBLE");
            browser.find(By.cssSelector("form.report-form button[type=submit]")).click();
            browser.waitFor().until(d -> browser.url().contains("/products/" + FORM_PRODUCT + "?reported=true"));
            browser.awaitText("報告しました");
            String page = browser.find(By.cssSelector("section[aria-labelledby=current]")).getText();
            assertTrue(page.contains("② 限定出荷（自社の事情）") && page.contains("製造トラブル"), page);
            String stated = outlook.getYear() + "年" + outlook.getMonthValue() + "月下旬";
            assertTrue(page.contains(stated), "the outlook as stated, not as a day: " + page);
            as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).get("/api/v1/products/{yj}/status",
                    FORM_PRODUCT).then().body("current.expectedResolutionPrecision", equalTo("LATE_MONTH"))
                    .body("current.expectedResolutionDate", equalTo(outlook.withDayOfMonth(outlook.lengthOfMonth())
                            .toString()));
            browser.screenshot("public-product");
            assertEquals(1, browser.findAll(By.cssSelector("a[href='/maker/products/" + FORM_PRODUCT + "/report']"))
                    .size(), "its maker reports again from the public page");

            // the rest of the maker's menu: its scorecard explained, and an API key for its own systems, shown once
            browser.find(By.cssSelector("nav.main a[href='/maker/scorecard']")).click();
            browser.awaitText("通常出荷の割合");
            browser.screenshot("scorecard");
            browser.find(By.cssSelector("nav.main a[href='/maker/api-keys']")).click();
            browser.find(By.id("name")).sendKeys("基幹システム連携");
            browser.find(By.cssSelector("form[action='/maker/api-keys'] button[type=submit]")).click();
            assertFalse(browser.find(By.id("new-key-secret")).getText().isBlank(), "the new key's secret");
            browser.screenshot("api-key-once");
            // the refusal's answer (400) is the page's status, which Chromium reports on its console
            browser.assertNoConsoleErrorsExcept(entry -> entry.getMessage().contains("status of 400"));
        });
        // anyone, signed in or not, reads the new status at once
        String anyone = new PortalSession(portal).get("/products/" + FORM_PRODUCT).body();
        assertTrue(anyone.contains("② 限定出荷（自社の事情）") && anyone.contains("B 出荷量減少"), anyone);
        assertFalse(anyone.contains("報告しました"), "the acknowledgement is the reporter's only");
    }
}
