package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalSystem.acknowledgeOnMyNotices;
import static org.shortagewatch.local.PortalSystem.portal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shortagewatch.infra.DemoRealm;

/**
 * (d) The regulator's notice (事務連絡) from draft to acknowledgement, in real browsers signed in through Keycloak
 * (regulators with their one-time codes), on the system the other portal tests share ({@link PortalSystem}): the
 * regulator drafts it and watches the printed layout follow the typing, sends it for review and is not offered its
 * approval (four eyes: notification refuses it too, {@link RegulatorNoticePagesTest}); the second regulator approves it; the regulator publishes it; the pharmacist acknowledges it
 * on the facility's notice page; the regulator's chart and table count one acknowledgement. Screenshots in
 * {@code target/screenshots/d-regulator-notice-<who>/}; no console errors in any of the three browsers.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class RegulatorNoticeJourneyTest {

    static final String TITLE = "解熱鎮痛薬の在庫逼迫に伴う協力依頼（ジャーニー）";

    @Test
    void aNoticeIsDraftedReviewedPublishedAcknowledgedAndCounted() {
        try (Browser regulator = new Browser("d-regulator-notice-regulator");
                Browser reviewer = new Browser("d-regulator-notice-reviewer");
                Browser pharmacist = new Browser("d-regulator-notice-pharmacy")) {
            regulator.oneTimeCodes(PortalSystem.stack().keycloak()::totpCode);
            reviewer.oneTimeCodes(PortalSystem.stack().keycloak()::totpCode);

            String notice = step(regulator, () -> draftAndSendForReview(regulator));
            act(regulator, () -> {
                regulator.open(portal() + "/regulator/notices/" + notice + "/review");
                regulator.find(By.id("own-draft"));
                regulator.awaitText("承認は別の審査者が行います");
                regulator.screenshot("own-draft-not-offered-approval");
            });
            act(reviewer, () -> {
                reviewer.open(portal() + "/regulator/notices/" + notice + "/review");
                reviewer.signIn(DemoRealm.REGULATOR2);
                reviewer.find(By.cssSelector("iframe.printed"));
                reviewer.screenshot("review");
                reviewer.find(By.id("approve")).click();
                reviewer.waitFor().until(d -> reviewer.url().endsWith("/regulator/notices/" + notice));
                reviewer.awaitText("承認済み");
                reviewer.screenshot("approved");
                reviewer.assertNoConsoleErrors();
            });
            act(regulator, () -> {
                regulator.open(portal() + "/regulator/notices/" + notice);
                // approved: the review is done, its page is where the printed layout is checked once more
                assertEquals("印刷イメージを確認", regulator.find(By.id("open-review")).getText());
                regulator.find(By.id("publish")).click();
                regulator.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
                regulator.find(By.id("open-reach"));
                regulator.awaitText("発出済み");
                regulator.screenshot("published");
            });
            act(pharmacist, () -> {
                pharmacist.open(portal() + "/me/notices");
                pharmacist.signIn(DemoRealm.PHARMACY);
                pharmacist.awaitText(TITLE);
                pharmacist.screenshot("my-notices");
                acknowledgeOnMyNotices(pharmacist, notice);
                pharmacist.screenshot("acknowledged");
                pharmacist.assertNoConsoleErrors();
            });
            act(regulator, () -> {
                regulator.open(portal() + "/regulator/notices/" + notice + "/reach");
                assertTrue(regulator.find(By.id("acknowledged-total")).getText().startsWith("1（"),
                        "one acknowledgement: " + regulator.find(By.id("acknowledged-total")).getText());
                List<WebElement> rows = regulator.findAll(By.cssSelector("#reach-over-time-table tbody tr"));
                assertTrue(!rows.isEmpty(), "the table beside the chart has its periods");
                assertEquals("1", rows.get(rows.size() - 1).findElements(By.tagName("td")).get(2).getText(),
                        "the last period counts the acknowledgement");
                regulator.find(By.cssSelector(".chart[data-drawn] svg"));
                regulator.awaitText("受領確認のない送付先（0件）");
                regulator.screenshot("reach");
                // the four-eyes refusal's answer (409) is the review page's status, which Chromium reports on its console
                regulator.assertNoConsoleErrorsExcept(entry -> entry.getMessage().contains("status of 409"));
            });
        }
    }

    /** Signs in, types the notice, watches the printed layout show the title, saves it and sends it for review. */
    private static String draftAndSendForReview(Browser regulator) {
        regulator.open(portal() + "/regulator/notices");
        regulator.signIn(DemoRealm.REGULATOR);
        regulator.find(By.cssSelector("nav.main a[href='/regulator/notices'][aria-current=page]"));
        regulator.screenshot("notices");
        regulator.find(By.cssSelector("a[href='/regulator/notices/new']")).click();
        regulator.find(By.id("title")).sendKeys(TITLE);
        regulator.waitFor().ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the printed layout shows the typed title")
                .until(d -> TITLE.equals(printedTitle(d)));
        regulator.find(By.id("background")).sendKeys("解熱鎮痛薬については、感染症の流行により需要が増加し、限定出荷が続いています。");
        regulator.find(By.id("requests")).sendKeys("必要最小限の日数の処方とすること。\n近隣の薬局と連携すること。");
        regulator.find(By.id("targetProducts")).sendKeys(PortalSystem.MEDICON + " " + PortalSystem.MEDICON_NAME);
        regulator.find(By.id("addresseeOrganisations")).sendKeys(DemoRealm.PHARMACY.org());
        // the last keystroke's preview, once its debounce (400 ms) has passed and its answer is in
        regulator.driver().executeAsyncScript("setTimeout(arguments[arguments.length - 1], 600);");
        regulator.waitFor().ignoring(StaleElementReferenceException.class).pollingEvery(Duration.ofMillis(700))
                .until(d -> regulator.findAll(By.cssSelector(".htmx-request")).isEmpty()
                        && printedText(d).contains("近隣の薬局と連携すること。")
                        && regulator.findAll(By.cssSelector(".htmx-request")).isEmpty());
        regulator.screenshot("draft-with-preview");
        // on a window wider than the page, the form keeps the measure of every other page (as wide as the header's
        // bar, not the window), its printed layout still beside it
        assertEquals(regulator.find(By.cssSelector("header.site .bar")).getSize().getWidth(),
                regulator.find(By.id("main")).getSize().getWidth(), "the page's measure");
        WebElement form = regulator.find(By.id("notice-form"));
        assertTrue(regulator.find(By.id("notice-preview")).getLocation().getX()
                >= form.getLocation().getX() + form.getSize().getWidth(), "the preview beside the form");
        regulator.screenshot("live-preview", By.id("notice-preview"));
        regulator.find(By.id("save-submit")).click();
        regulator.waitFor().until(d -> regulator.url().matches(".*/regulator/notices/[0-9a-f-]{36}$"));
        regulator.awaitText("審査中");
        regulator.screenshot("in-review");
        return regulator.url().substring(regulator.url().lastIndexOf('/') + 1);
    }

    private static String printedTitle(WebDriver d) {
        return inPrinted(d, () -> d.findElements(By.cssSelector("h1.title")).stream().map(WebElement::getText)
                .findFirst().orElse(""));
    }

    private static String printedText(WebDriver d) {
        return inPrinted(d, () -> d.findElement(By.tagName("body")).getText());
    }

    /** Reads inside the preview's frame, then back to the page. */
    private static String inPrinted(WebDriver d, java.util.function.Supplier<String> read) {
        List<WebElement> frames = d.findElements(By.cssSelector("#notice-preview iframe.printed"));
        if (frames.isEmpty()) {
            return "";
        }
        d.switchTo().frame(frames.get(0));
        try {
            return read.get();
        } finally {
            d.switchTo().defaultContent();
        }
    }

    /** A step of one browser; failed, a screenshot of where it stood and its page's text go with the failure. */
    private static <T> T step(Browser browser, java.util.function.Supplier<T> steps) {
        try {
            return steps.get();
        } catch (RuntimeException | AssertionError failure) {
            browser.explain(failure);
            throw failure;
        }
    }

    private static void act(Browser browser, Runnable steps) {
        step(browser, () -> {
            steps.run();
            return null;
        });
    }
}
