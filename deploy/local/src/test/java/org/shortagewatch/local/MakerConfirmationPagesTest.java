package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalPagesTest.contains;
import static org.shortagewatch.local.PortalPagesTest.page;
import static org.shortagewatch.local.PortalSystem.as;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.infra.DemoRealm;

import io.restassured.path.json.JsonPath;

/**
 * A manufacturer confirms on its pages that a product's status has not changed (変更なし), as the reminder of a stale
 * status asks, without a new report: the list marks the stale product (確認期限超過) and offers the confirmation
 * beside it, the report form offers it for every product, and manufacturer-report records it (its lastConfirmedAt
 * moves to now) or refuses another maker's product. Over HTTP on the system of {@link PortalSystem}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class MakerConfirmationPagesTest {

    /** MFR001's, limited for 40 days and neither reported nor confirmed since: stale. */
    static final String STALE = YjCodes.withCheckCharacter("3999103F101");
    static final String STALE_NAME = "変更なし確認錠10mg";
    /** MFR001's, limited since a report made now: not stale. */
    static final String FRESH = YjCodes.withCheckCharacter("3999103F201");
    static final String FRESH_NAME = "変更なし確認錠20mg";
    static final String SEARCH = "/maker/products?q=" + URLEncoder.encode("変更なし確認", StandardCharsets.UTF_8);
    static final String BUTTON = "変更なし（現在の状況を確認）";
    static final String DONE = "現在の出荷状況に変更がないことを記録しました（最終確認：";

    @BeforeAll
    static void products() {
        PortalSystem.stack();
        for (String yj : new String[] {STALE, FRESH}) {
            PortalSystem.register(DemoRealm.MANUFACTURER, yj, yj.equals(STALE) ? STALE_NAME : FRESH_NAME, "変更なし確認成分",
                    "1錠", "GENERIC");
            PortalSystem.report(DemoRealm.MANUFACTURER, yj, "LIMITED_OWN_REASONS", "MANUFACTURING_TROUBLE",
                    WholesalerData.TODAY.minusDays(40));
        }
        RegulatorFigures.reportedDaysAgo(STALE, 40);
    }

    @Test
    void theListMarksTheStaleProductAndConfirmingItThereGoesBackToTheListSayingSo() {
        PortalSession maker = new PortalSession(PortalSystem.portal());
        page(maker.signIn(DemoRealm.MANUFACTURER, "/login"), 200);
        JsonPath before = product(STALE);
        assertEquals(Boolean.TRUE, before.get("stale"), () -> "stale before: " + before.prettify());

        String list = page(maker.get(SEARCH), 200);
        contains(list, "<span class=\"badge stale\">確認期限超過</span>", "id=\"hint-confirm\"",
                "「確認期限超過」の品目は", "最終確認日時だけを更新します",
                "action=\"/maker/products/" + STALE + "/confirmation\"",
                "aria-label=\"" + STALE_NAME + "：" + BUTTON + "\"", ">" + BUTTON + "</button>");
        assertFalse(list.contains("action=\"/maker/products/" + FRESH + "/confirmation\""),
                "the list offers it where the status is overdue");

        HttpResponse<String> answer = maker.post("/maker/products/" + STALE + "/confirmation",
                Map.of("back", back(list, STALE)));
        assertEquals(303, answer.previousResponse().orElseThrow().statusCode());
        assertEquals(SEARCH + "&confirmed=" + STALE, answer.uri().getRawPath() + "?" + answer.uri().getRawQuery());
        JsonPath after = product(STALE);
        Instant confirmed = Instant.parse(after.getString("lastConfirmedAt"));
        assertTrue(confirmed.isAfter(Instant.parse(before.getString("lastConfirmedAt"))), after::prettify);
        assertEquals(Boolean.FALSE, after.get("stale"), after::prettify);
        String shown = page(answer, 200);
        contains(shown, "<p class=\"ok\" role=\"status\" id=\"confirmed\">" + STALE_NAME + "：" + DONE
                + japanese(confirmed) + "）。</p>");
        assertFalse(shown.contains("action=\"/maker/products/" + STALE + "/confirmation\""), "no longer overdue");
        // the status is as it was: no new revision
        assertEquals(before.getLong("status.revision"), after.getLong("status.revision"));
    }

    @Test
    void theReportFormOffersNoChangeAndConfirmingItThereGoesBackToTheForm() {
        PortalSession maker = new PortalSession(PortalSystem.portal());
        page(maker.signIn(DemoRealm.MANUFACTURER, "/login"), 200);
        Instant before = Instant.parse(product(FRESH).getString("lastConfirmedAt"));
        String form = page(maker.get("/maker/products/" + FRESH + "/report"), 200);
        contains(form, "<dt>最終確認</dt>", "action=\"/maker/products/" + FRESH + "/confirmation\"",
                "aria-describedby=\"hint-confirm\">" + BUTTON + "</button>",
                "新しい報告はせず、現在の状況が今も正しいことを記録します。最終確認日時が更新されます（公開中の状況は変わらず、通知もされません）。");
        assertFalse(form.contains("確認期限超過"), "not overdue");

        HttpResponse<String> answer = maker.post("/maker/products/" + FRESH + "/confirmation",
                Map.of("back", back(form, FRESH)));
        assertEquals(303, answer.previousResponse().orElseThrow().statusCode());
        String target = "/maker/products/" + FRESH + "/report?confirmed=" + FRESH;
        assertEquals(target, answer.uri().getRawPath() + "?" + answer.uri().getRawQuery());
        Instant confirmed = Instant.parse(product(FRESH).getString("lastConfirmedAt"));
        assertTrue(confirmed.isAfter(before), "lastConfirmedAt moved from " + before + " to " + confirmed);
        contains(page(answer, 200), "role=\"status\" id=\"confirmed\">" + FRESH_NAME + "：" + DONE + japanese(confirmed)
                + "）。</p>");
        contains(page(maker.get(target, "en"), 200), "No change (confirm the current status)",
                "recorded that the shipment status has not changed (last confirmed", "Last confirmed");
    }

    @Test
    void anotherMakersProductIsRefusedAndAnUnknownOneNotFound() {
        PortalSession maker = new PortalSession(PortalSystem.portal());
        page(maker.signIn(DemoRealm.MANUFACTURER, "/login"), 200);
        Object before = product(PortalSystem.GENERIC).get("lastConfirmedAt");
        contains(page(maker.post("/maker/products/" + PortalSystem.GENERIC + "/confirmation",
                Map.of("back", "/maker/products")), 403), "この操作の権限がありません。");
        assertEquals(before, product(PortalSystem.GENERIC).get("lastConfirmedAt"), "nothing recorded");
        contains(page(maker.post("/maker/products/9999999X9998/confirmation", Map.of()), 404), "見つかりません");
    }

    /** The product as manufacturer-report's API answers it today. */
    private static JsonPath product(String yj) {
        return as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).get("/api/v1/products/{yj}", yj).then()
                .statusCode(200).extract().jsonPath();
    }

    /** The page it was sent from, as the product's confirmation form on the page states it. */
    private static String back(String page, String yj) {
        Matcher form = Pattern.compile("action=\"/maker/products/" + yj + "/confirmation\"[^>]*>\\s*"
                + "<input type=\"hidden\" name=\"back\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(form.find(), () -> "a confirmation form for " + yj + ":\n" + page);
        return form.group(1).replace("&amp;", "&");
    }

    /** An instant as the Japanese pages show a time: 2026年12月1日 09:05, in Japan. */
    private static String japanese(Instant t) {
        ZonedDateTime z = t.atZone(ZoneId.of("Asia/Tokyo"));
        return z.getYear() + "年" + z.getMonthValue() + "月" + z.getDayOfMonth() + "日 "
                + String.format("%02d:%02d", z.getHour(), z.getMinute());
    }
}
