package org.shortagewatch.local;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalJourneysTest.journey;
import static org.shortagewatch.local.PortalSystem.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.DemoRealm;

/**
 * The operator's journey in a real browser (Debian's Chromium, headless), signed in through Keycloak's real login
 * page with the one-time code the realm requires of an admin, on the system the other portal tests share
 * ({@link PortalSystem}): a facility list with one bad row refused, the row and column read (and downloaded for
 * Excel), the fixed list registered; a product's correction refused beside its field; a wholesaler registered by
 * name; every service's audit trail verified. Screenshots in {@code target/screenshots/i-admin/}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class AdminJourneysTest {

    /** Three facilities of the list: a pharmacy, a hospital (the row the first file gets wrong) and a clinic. */
    static final List<String> CODES = List.of(FacilityCodes.withCheckDigit("134999001"),
            FacilityCodes.withCheckDigit("131999002"), FacilityCodes.withCheckDigit("271999003"));

    /** A refused call is itself an entry of the audit trail: every service has entries to verify. */
    @BeforeAll
    static void refusedCalls() {
        for (String service : List.of(LocalStack.MANUFACTURER_REPORT, LocalStack.WHOLESALER_ALLOCATION,
                LocalStack.NOTIFICATION)) {
            given().baseUri(PortalSystem.stack().serviceUrl(service).toString()).get("/api/v1/audit").then()
                    .statusCode(401);
        }
    }

    /** The facility list: header and three rows; with {@code broken}, the hospital's kind is none the service knows. */
    static Path facilityFile(String name, boolean broken) {
        String csv = "code,kind,name,email\n"
                + CODES.get(0) + ",PHARMACY,ジャーニー薬局,journey-pharmacy@example.jp\n"
                + CODES.get(1) + "," + (broken ? "DRUGSTORE" : "HOSPITAL") + ",ジャーニー病院,\n"
                + CODES.get(2) + ",CLINIC,ジャーニー診療所,\n";
        try {
            Path file = Path.of("target", "journey-files", name).toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * (i) The admin signs in with two factors, uploads a facility list with one bad row and reads the error with its
     * row and column (also as CSV), uploads the fixed list, has a product's correction refused beside its field,
     * registers a wholesaler by name, and sees every service's audit trail verified.
     */
    @Test
    void theAdminRegistersFacilitiesAndSeesEveryAuditTrailVerified() {
        Path broken = facilityFile("facilities-one-bad.csv", true);
        Path fixed = facilityFile("facilities-fixed.csv", false);
        journey("i-admin", browser -> {
            browser.oneTimeCodes(PortalSystem.stack().keycloak()::totpCode);
            browser.open(PortalSystem.portal() + "/admin/facilities");
            browser.signIn(DemoRealm.ADMIN);
            browser.find(By.id("file"));
            assertEquals(1, browser.findAll(By.cssSelector("nav.main a[href='/admin/facilities'][aria-current=page]"))
                    .size(), "the operator's menu, this page marked");
            browser.screenshot("facilities");

            upload(browser, broken);
            WebElement result = browser.find(By.id("upload-result"));
            assertTrue(result.getText().contains("何も登録していません"), result.getText());
            List<WebElement> errors = browser.findAll(By.cssSelector("#row-error-table tbody tr"));
            assertEquals(1, errors.size(), "one bad row");
            assertEquals("3", errors.get(0).findElement(By.cssSelector("th")).getText(), "its row");
            assertEquals("kind", errors.get(0).findElements(By.cssSelector("td")).get(0).getText(), "its column");
            browser.screenshot("refused-row-and-column");
            // the same error as a file Excel opens: UTF-8 with a byte-order mark, made from the page's table
            @SuppressWarnings("unchecked")
            List<Long> csv = (List<Long>) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.querySelector("form[action='/uploads/errors.csv']");
                    fetch(form.action, {method: "POST", body: new URLSearchParams(new FormData(form))})
                      .then(r => r.arrayBuffer()).then(b => done(Array.from(new Uint8Array(b))));""");
            assertEquals(List.of(0xEFL, 0xBBL, 0xBFL), csv.subList(0, 3), "a byte-order mark first");
            byte[] bytes = new byte[csv.size() - 3];
            for (int i = 3; i < csv.size(); i++) {
                bytes[i - 3] = csv.get(i).byteValue();
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("行,列,内容\r\n3,kind,"), text);
            as(DemoRealm.ADMIN, LocalStack.NOTIFICATION).get("/api/v1/facilities/{code}", CODES.get(0)).then()
                    .statusCode(404);

            upload(browser, fixed);
            browser.waitFor().until(d -> browser.find(By.id("upload-result")).getText()
                    .contains("3 施設を登録・更新しました"));
            browser.screenshot("registered");
            as(DemoRealm.ADMIN, LocalStack.NOTIFICATION).get("/api/v1/facilities/{code}", CODES.get(1)).then()
                    .statusCode(200).body("name", org.hamcrest.Matchers.equalTo("ジャーニー病院"));

            // the product master: a holder's products, and a correction the service refuses beside its field
            browser.find(By.cssSelector("nav.main a[href='/admin/products']")).click();
            browser.find(By.id("manufacturer")).sendKeys(DemoRealm.MANUFACTURER.org());
            browser.find(By.cssSelector("form[action='/admin/products'] button[type=submit]")).click();
            browser.awaitText(DemoRealm.MANUFACTURER.org() + " の品目");
            browser.screenshot("holder-products");
            browser.find(By.cssSelector("a[href='/admin/products/" + PortalSystem.MEDICON + "'].button")).click();
            browser.find(By.id("productName")).clear();
            browser.screenshot("product-form");
            browser.find(By.cssSelector("form.report-form button[type=submit]")).click();
            WebElement beside = browser.find(By.id("err-productName"));
            assertTrue(!beside.getText().isBlank(), "the service's words beside the name");
            assertEquals("true", browser.find(By.id("productName")).getAttribute("aria-invalid"));
            browser.screenshot("product-refused-beside-name");

            // the wholesalers by name: one registered through its form and confirmed on the list by its name
            browser.find(By.cssSelector("nav.main a[href='/admin/wholesalers']")).click();
            browser.find(By.cssSelector("a.button[href='/admin/wholesalers/new']")).click();
            browser.find(By.id("code")).sendKeys("whs-journey");
            browser.find(By.id("name")).sendKeys("ジャーニー薬品株式会社");
            browser.screenshot("wholesaler-form");
            browser.find(By.cssSelector("form[action='/admin/wholesalers'] button[type=submit]")).click();
            browser.awaitText("ジャーニー薬品株式会社［WHS-JOURNEY］を登録しました。");
            browser.screenshot("wholesaler-registered");

            browser.find(By.cssSelector("nav.main a[href='/admin/audit']")).click();
            browser.find(By.id("verdict-report"));
            browser.waitFor(Duration.ofSeconds(20)).withMessage(() -> "every chain verified:\n" + browser.text())
                    .until(d -> {
                        if (browser.findAll(By.cssSelector(".verdict[data-state=VERIFIED]")).size() == 3) {
                            return true;
                        }
                        browser.driver().navigate().refresh();
                        return false;
                    });
            for (String service : List.of("report", "allocation", "notification")) {
                String verdict = browser.find(By.id("verdict-" + service)).getText();
                assertTrue(verdict.contains("検証済み") && verdict.contains("対応は不要です"), verdict);
                assertTrue(!browser.findAll(By.cssSelector("#audit-" + service + " tbody tr")).isEmpty(),
                        "the newest entries of " + service);
            }
            browser.screenshot("audit-verified");
            browser.find(By.cssSelector("a[href='/admin/audit/notification']")).click();
            browser.awaitText("表示する件数");
            browser.screenshot("audit-notification");
            // the refusals' answers (400) are the pages' status, which Chromium reports on its console
            browser.assertNoConsoleErrorsExcept(entry -> entry.getMessage().contains("status of 400"));
        });
    }

    /** Chooses the file and sends it; the page answers in place. */
    private static void upload(Browser browser, Path file) {
        browser.find(By.id("file")).sendKeys(file.toString());
        browser.find(By.cssSelector("form[action='/admin/facilities'] button[type=submit]")).click();
        // the page is swapped in place: an element read as it goes is stale, and read again
        browser.waitFor().ignoring(StaleElementReferenceException.class)
                .until(d -> !browser.findAll(By.id("upload-result")).isEmpty()
                && browser.find(By.id("upload-result")).isDisplayed() && !browser.findAll(By.id("file")).isEmpty()
                && browser.find(By.id("file")).getAttribute("value").isEmpty());
    }
}
