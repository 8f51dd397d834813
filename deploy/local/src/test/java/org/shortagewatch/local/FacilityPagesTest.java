package org.shortagewatch.local;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalPagesTest.contains;
import static org.shortagewatch.local.PortalPagesTest.page;
import static org.shortagewatch.local.PortalSystem.as;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.PostgresServer;

import io.restassured.path.json.JsonPath;

/**
 * The demo hospital's own forms on its pages, each sent as a browser sends it from the page that offers it, then
 * checked in the service that owns what it changed: an alert and a notice (事務連絡) marked read in notification's
 * inbox, a formulary file followed product by product, an entry of the watch list removed, a webhook's signing
 * secret rotated (shown once, and what the next webhook is signed with), a product reported as impossible to obtain
 * (入手困難) to wholesaler-allocation. Each product is this class's own, of ingredients no other test follows. Over
 * HTTP on the system of {@link PortalSystem}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class FacilityPagesTest {

    static final String ALERTED = YjCodes.withCheckCharacter("3999104F101");
    static final String NOTICE_PRODUCT = YjCodes.withCheckCharacter("3999104F201");
    static final List<String> FORMULARY = List.of(YjCodes.withCheckCharacter("3999105F101"),
            YjCodes.withCheckCharacter("3999105F201"), YjCodes.withCheckCharacter("3999105F301"));
    /** On a formulary file that is refused for another row: never followed. */
    static final String NOT_FOLLOWED = YjCodes.withCheckCharacter("3999105F401");
    static final String REMOVED = YjCodes.withCheckCharacter("3999106F101");
    static final String ROTATED = YjCodes.withCheckCharacter("3999106F201");
    static final String REPORTED = YjCodes.withCheckCharacter("3999107F101");
    static final String HOSPITAL = DemoRealm.HOSPITAL.org();
    /** A webhook's signing secret as the watch list shows it, once. */
    static final String SECRET = "<p><code>(whsec_[^<]+)</code></p>";

    private static PortalSession hospital;

    @BeforeAll
    static void products() {
        // ROTATED a basic drug: its stoppage is critical, never held back by quiet hours (PortalPagesTest saves 22-7)
        Stream.concat(Stream.of(ALERTED, REMOVED, ROTATED, REPORTED), FORMULARY.stream())
                .forEach(yj -> PortalSystem.register(DemoRealm.MANUFACTURER, yj, name(yj), "施設ページ確認成分", "1錠",
                        "GENERIC", yj.equals(ROTATED)));
        PortalSystem.report(DemoRealm.MANUFACTURER, ALERTED, "NORMAL", null);
        PortalSystem.report(DemoRealm.MANUFACTURER, ROTATED, "NORMAL", null);
        hospital = new PortalSession(PortalSystem.portal());
        page(hospital.signIn(DemoRealm.HOSPITAL, "/me"), 200);
    }

    /** The product's name, told apart by its ingredient's last two digits and its strength digit. */
    static String name(String yj) {
        return "施設ページ確認錠" + yj.substring(5, 7) + yj.charAt(8);
    }

    @Test
    void anAlertMarkedReadOnTheAlertsPageIsReadInTheInboxAndNoOtherFacilityCanMarkIt() {
        follow(ALERTED);
        PortalSystem.report(DemoRealm.MANUFACTURER, ALERTED, "STOPPED", "MANUFACTURING_TROUBLE");
        String link = "href=\"/products/" + ALERTED + "\"";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> hospital.get("/me/alerts").body().contains(link));
        String alert = item(page(hospital.get("/me/alerts"), 200), link);
        contains(alert, "class=\"alert unread", "<span class=\"badge none\">未読</span>", "⑤ 供給停止", ">既読にする</button>");
        String id = group(alert, "action=\"/me/alerts/([0-9a-f-]{36})/read\"");

        // the pharmacy's inbox has no such entry: notification says so, and the hospital's stays unread
        PortalSession pharmacy = new PortalSession(PortalSystem.portal());
        page(pharmacy.signIn(DemoRealm.PHARMACY, "/me/alerts"), 200);
        contains(page(pharmacy.post("/me/alerts/" + id + "/read", Map.of()), 404), "見つかりません。");
        assertNull(inboxEntry(id).get("readAt"), "unread after the pharmacy's try");

        String read = item(wentOn(hospital.post("/me/alerts/" + id + "/read", Map.of()), "/me/alerts"),
                "id=\"alert-" + id + "\"");
        contains(read, "class=\"alert read", link);
        assertFalse(read.contains("未読") || read.contains("/read\""), () -> "read, not offered again: " + read);
        assertNotNull(inboxEntry(id).get("readAt"), "read in notification's inbox");
    }

    @Test
    void aNoticeMarkedReadIsReadButStillToAcknowledge() {
        String title = "施設ページ確認：既読にする協力依頼";
        String notice = PortalSystem.publish(PortalSystem.draftNotice(title, List.of(HOSPITAL), NOTICE_PRODUCT,
                "施設ページ確認錠（事務連絡）"));
        String link = "href=\"/notices/" + notice + "\"";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> hospital.get("/me/notices").body().contains(link));
        String entry = item(page(hospital.get("/me/notices"), 200), link);
        String acknowledgement = "action=\"/me/notices/" + notice + "/acknowledgement\"";
        contains(entry, "<span class=\"badge none\">未読</span>", title, acknowledgement, ">既読にする</button>");
        String id = group(entry, "action=\"/me/notices/([0-9a-f-]{36})/read\"");

        String page = wentOn(hospital.post("/me/notices/" + id + "/read", Map.of()), "/me/notices");
        contains(page, "既読にするだけでは伝わりません");
        String read = item(page, link);
        // read is not acknowledged: the notice is still offered for acknowledgement (受領確認)
        contains(read, "class=\"alert read\"", acknowledgement, ">内容を確認しました</button>");
        assertFalse(read.contains("未読") || read.contains("/read\"") || read.contains("確認済み"), read);
        Map<String, Object> inInbox = inboxEntry(id);
        assertNotNull(inInbox.get("readAt"), "read in notification's inbox");
        assertNull(inInbox.get("acknowledgedAt"), "not acknowledged");
        PortalJourneysTest.statistics(notice).body("read", equalTo(1)).body("acknowledged", equalTo(0));
        contains(page(hospital.post("/me/notices/" + UUID.randomUUID() + "/read", Map.of()), 404), "見つかりません。");
    }

    @Test
    void aFormularyFileFollowsEachOfItsProductsAndAFileWithABadCodeFollowsNone() {
        String form = page(hospital.get("/me/watchlist"), 200);
        contains(form, "<h2 id=\"formulary\">採用品目リストから一括登録</h2>", "<input id=\"file\" name=\"file\"",
                "action=\"/me/watchlist/formulary\" enctype=\"multipart/form-data\"",
                "<select id=\"formulary-severity\" name=\"minSeverity\">");
        StringBuilder csv = new StringBuilder("YJコード,品名\n");
        FORMULARY.forEach(yj -> csv.append(yj).append(',').append(name(yj)).append('\n'));
        String page = wentOn(formulary(csv.toString(), "MEDIUM"), "/me/watchlist?formulary=3");
        contains(page, "<p class=\"ok\" role=\"status\">3品目をウォッチに追加しました。</p>");
        JsonPath followed = subscriptions();
        for (String yj : FORMULARY) {
            contains(page, "<a class=\"name\" href=\"/products/" + yj + "\">" + name(yj) + "</a>");
            String its = "find { it.target == '" + yj + "' }";
            assertEquals("YJ_CODE", followed.getString(its + ".kind"), yj);
            assertEquals(List.of("INBOX"), followed.getList(its + ".channels"), yj);
            assertEquals("MEDIUM", followed.getString(its + ".minSeverity"), yj);
        }

        // a file with a code that is none: refused as a whole, its row named, and nothing of it followed
        page = page(formulary(NOT_FOLLOWED + "\n12345\n", "INFO"), 400);
        contains(page, "入力内容を確認してください。", "formulary[line 2]", YjCodes.FORMAT_HINT_JA);
        assertNull(subscriptions().get("find { it.target == '" + NOT_FOLLOWED + "' }"), "nothing followed");
    }

    @Test
    void anEntryRemovedFromTheWatchListIsNoLongerFollowedAndTheListSaysSo() {
        String entry = item(follow(REMOVED), "<span class=\"meta\">" + REMOVED + "</span>");
        contains(entry, "aria-label=\"解除: " + name(REMOVED) + "\"");
        String id = group(entry, "action=\"/me/watchlist/([0-9a-f-]{36})/removal\"");

        String page = wentOn(hospital.post("/me/watchlist/" + id + "/removal", Map.of()), "/me/watchlist?removed=true");
        contains(page, "<p class=\"ok\" role=\"status\">解除しました。通知履歴は残ります。</p>");
        assertFalse(page.contains(id), "no longer listed");
        as(DemoRealm.HOSPITAL, LocalStack.NOTIFICATION).get("/api/v1/subscriptions/{id}", id).then().statusCode(200)
                .body("active", equalTo(false)).body("disabledReason", equalTo("UNSUBSCRIBED"));
        assertNull(subscriptions().get("find { it.id == '" + id + "' }"), "not in notification's list");
        // one that does not exist: the list again, saying so
        contains(page(hospital.post("/me/watchlist/" + UUID.randomUUID() + "/removal", Map.of()), 404),
                "対象が見つかりません。すでに解除されたか、画面が古い可能性があります。", "<h1>ウォッチリスト</h1>");
    }

    @Test
    void aRotatedWebhookSecretIsShownOnceAndSignsTheNextWebhook() throws Exception {
        try (WebhookSink sink = WebhookSink.start(0)) {
            String hook = sink.url("facility-pages").toString();
            String created = page(hospital.post("/me/watchlist", Map.of("kind", "YJ_CODE", "target", ROTATED,
                    "channels", "WEBHOOK", "minSeverity", "INFO", "webhookUrl", hook)), 201);
            String first = group(created, SECRET);
            String list = page(hospital.get("/me/watchlist"), 200);
            assertFalse(list.contains(first), "the first secret is shown once");
            String entry = item(list, "<span class=\"meta\">" + ROTATED + "</span>");
            contains(entry, "<p class=\"meta\">Webhook：" + hook + "</p>", ">署名シークレットを再発行</button>");
            String id = group(entry, "action=\"/me/watchlist/([0-9a-f-]{36})/secret\"");

            String rotated = page(hospital.post("/me/watchlist/" + id + "/secret", Map.of()), 200);
            contains(rotated, "<p>Webhook の署名シークレットです。この画面でしか表示されません。控えてください：</p>",
                    "<p class=\"meta\">" + hook + "</p>");
            String second = group(rotated, SECRET);
            assertNotEquals(first, second, "a new secret");
            assertFalse(page(hospital.get("/me/watchlist"), 200).contains(second), "the new secret is shown once");

            // notification signs with the new secret what it sends next
            PortalSystem.report(DemoRealm.MANUFACTURER, ROTATED, "STOPPED", "MANUFACTURING_TROUBLE");
            WebhookSink.Delivery sent = sink.awaitDeliveries("facility-pages", 1, Duration.ofSeconds(60)).get(0);
            assertTrue(sent.signatureValid(second), () -> "signed with the new secret: " + sent);
            assertTrue(sent.body().contains(ROTATED), sent::body);
        }
    }

    @Test
    void aProductThatCannotBeObtainedIsReportedToAllocationAndAFutureDayIsRefused() {
        String form = page(hospital.get("/me/quotas?yj=" + REPORTED), 200);
        contains(form, "<h2 id=\"cannot-obtain\">", "<form method=\"post\" action=\"/me/quotas\"",
                "name=\"yjCode\" required maxlength=\"12\" value=\"" + REPORTED + "\"",
                "<input id=\"date\" name=\"date\"");
        LocalDate yesterday = WholesalerData.TODAY.minusDays(1);
        String note = "卸3社に確認しましたが入荷未定です";
        contains(wentOn(hospital.post("/me/quotas", Map.of("yjCode", REPORTED, "date", yesterday.toString(),
                "note", note)), "/me/quotas?reported=true"), "<p class=\"ok\" role=\"status\">報告しました。</p>");
        assertEquals(List.of(yesterday + " " + note), stored(REPORTED), "stored by wholesaler-allocation");
        String audited = "find { it.target == '" + HOSPITAL + "/" + REPORTED + "' }";
        as(DemoRealm.ADMIN, LocalStack.WHOLESALER_ALLOCATION).queryParam("limit", 1000).get("/api/v1/audit").then()
                .statusCode(200).body(audited + ".org", equalTo(HOSPITAL))
                .body(audited + ".action", equalTo("cannot-obtain.report"));

        // a day still to come: refused beside the form, what was typed kept, nothing stored
        String refused = page(hospital.post("/me/quotas", Map.of("yjCode", REPORTED,
                "date", WholesalerData.TODAY.plusDays(1).toString(), "note", "")), 400);
        contains(refused, "入力内容を確認してください。", "未来の日付にはできません", "value=\"" + REPORTED + "\"");
        assertEquals(1, stored(REPORTED).size(), "nothing more stored");
    }

    /** Follows the product by YJ code through the watch list's form; the list that follows. */
    private static String follow(String yj) {
        String page = page(hospital.post("/me/watchlist", Map.of("kind", "YJ_CODE", "target", yj, "channels", "INBOX",
                "minSeverity", "INFO")), 200);
        contains(page, "<a class=\"name\" href=\"/products/" + yj + "\">" + name(yj) + "</a>");
        return page;
    }

    /**
     * The page a form went on to, at {@code target}: the portal answered the form with 303 (See Other), so that
     * reloading the page does not send the form again.
     */
    static String wentOn(HttpResponse<String> answer, String target) {
        assertEquals(303, answer.previousResponse().map(HttpResponse::statusCode).orElse(answer.statusCode()),
                () -> answer.uri() + " answered " + answer.statusCode() + ":\n" + answer.body());
        String at = answer.uri().getPath() + (answer.uri().getQuery() == null ? "" : "?" + answer.uri().getQuery());
        assertEquals(target, at);
        return page(answer, 200);
    }

    /** A formulary file sent with the watch list's upload form: followed in the inbox, from {@code severity}. */
    private static HttpResponse<String> formulary(String csv, String severity) {
        return hospital.upload("/me/watchlist/formulary", Map.of("channels", "INBOX", "minSeverity", severity),
                "file", "formulary.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The list item of a page that holds {@code text}. */
    static String item(String page, String text) {
        for (String item : page.split("<li[ >]")) {
            if (item.contains(text)) {
                int end = item.indexOf("</li>");
                return end < 0 ? item : item.substring(0, end);
            }
        }
        throw new AssertionError("no item with «" + text + "» on the page:\n" + page);
    }

    /** The first group of the first match of {@code regex} in {@code text}. */
    static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), () -> regex + " in:\n" + text);
        return m.group(1);
    }

    /** The hospital's inbox entry, as notification's API answers it. */
    private static Map<String, Object> inboxEntry(String id) {
        Map<String, Object> entry = as(DemoRealm.HOSPITAL, LocalStack.NOTIFICATION).queryParam("limit", 500)
                .get("/api/v1/inbox/{code}", HOSPITAL).then().statusCode(200).extract().jsonPath()
                .getMap("find { it.id == '" + id + "' }");
        assertNotNull(entry, () -> "the inbox has " + id);
        return entry;
    }

    /** The hospital's subscriptions, as notification's API answers them. */
    private static JsonPath subscriptions() {
        return as(DemoRealm.HOSPITAL, LocalStack.NOTIFICATION).queryParam("facility", HOSPITAL)
                .get("/api/v1/subscriptions").then().statusCode(200).extract().jsonPath();
    }

    /** The hospital's reports that it cannot obtain the product, as wholesaler-allocation stored them: day and note. */
    private static List<String> stored(String yj) {
        try (Connection db = DriverManager.getConnection(PortalSystem.stack().jdbcUrl(LocalStack.WHOLESALER_ALLOCATION),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement query = db.prepareStatement("select reported_on, note from cannot_obtain_report"
                        + " where facility_code = ? and yj_code = ? order by reported_on")) {
            query.setString(1, HOSPITAL);
            query.setString(2, yj);
            List<String> rows = new ArrayList<>();
            for (ResultSet r = query.executeQuery(); r.next();) {
                rows.add(r.getString(1) + " " + r.getString(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
