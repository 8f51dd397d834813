package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalSystem.GENERIC;
import static org.shortagewatch.local.PortalSystem.GENERIC_NAME;
import static org.shortagewatch.local.PortalSystem.INGREDIENT;
import static org.shortagewatch.local.PortalSystem.as;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.DemoRealm;

import io.restassured.http.ContentType;

/**
 * The portal's pages as a browser receives them, rendered from the real services' answers (the system of
 * {@link PortalSystem}: Keycloak, Kafka, PostgreSQL, the three services and the portal), signed in through Keycloak's
 * real login page where a page needs it. What needs JavaScript is in {@link PortalJourneysTest}, in Chromium.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class PortalPagesTest {

    /** メジコン's ingredient in another strength, MFR001's: limited for its maker's own reasons, with a history. */
    static final String LIMITED = "2223001F2021";
    static final String LIMITED_NAME = "メジコン錠30mg";
    /** Registered, never reported. */
    static final String UNREPORTED = "2223001F3028";
    static final String UNREPORTED_NAME = "メジコン錠45mg";

    private static final LocalDate OUTLOOK = LocalDate.now().plusMonths(4).withDayOfMonth(1);

    @BeforeAll
    static void products() {
        PortalSystem.stack();
        PortalSystem.register(DemoRealm.MANUFACTURER, LIMITED, LIMITED_NAME, "BRAND");
        PortalSystem.register(DemoRealm.MANUFACTURER, UNREPORTED, UNREPORTED_NAME, "BRAND");
        PortalSystem.report(DemoRealm.MANUFACTURER, Map.of("yjCode", LIMITED, "shipmentResponse", "NORMAL",
                "effectiveDate", "2026-04-01"));
        PortalSystem.report(DemoRealm.MANUFACTURER, Map.of("yjCode", LIMITED, "shipmentResponse", "LIMITED_OWN_REASONS",
                "reason", "MANUFACTURING_TROUBLE", "effectiveDate", "2026-12-01", "resolutionOutlook", "YES",
                "expectedResolutionDate", OUTLOOK.toString(), "shipmentVolume", "B"));
    }

    private static PortalSession visitor() {
        return new PortalSession(PortalSystem.portal());
    }

    static String page(HttpResponse<String> answer, int status) {
        assertEquals(status, answer.statusCode(), () -> answer.uri() + " answered " + answer.statusCode() + ":\n"
                + answer.body());
        return answer.body();
    }

    static void contains(String page, String... parts) {
        for (String part : parts) {
            assertTrue(page.contains(part), () -> "the page has «" + part + "»:\n" + page);
        }
    }

    /** Each page leads a visitor who has not signed in to Keycloak's login page. */
    static void closedWithoutSignIn(String... paths) {
        for (String path : paths) {
            HttpResponse<String> answer = visitor().get(path);
            assertTrue(answer.body().contains("id=\"kc-form-login\""), () -> path + " led to " + answer.uri());
        }
    }

    /** The demo pharmacy, signed in; the page it lands on has no link to an address that starts with {@code menu}. */
    static PortalSession pharmacyOfferedNo(String menu) {
        PortalSession pharmacy = visitor();
        assertFalse(page(pharmacy.signIn(DemoRealm.PHARMACY, "/me/alerts"), 200).contains("href=\"" + menu),
                () -> "no menu entry to " + menu);
        return pharmacy;
    }

    // ------------------------------------------------------------------------------------------------- public pages

    @Test
    void theSearchShowsEachProductWithItsStatusInJapanese() {
        String page = page(visitor().get("/products?q=メジコン"), 200);
        contains(page, "href=\"/products/" + LIMITED + "\"", LIMITED_NAME, "② 限定出荷（自社の事情）", "① 通常出荷",
                "value=\"メジコン\"", "<dt>適用日</dt>", "<dt>規格単位</dt>");
        assertFalse(page.contains(GENERIC_NAME), "a search by name finds that name only");
        page = page(visitor().get("/products?q=" + INGREDIENT), 200);
        contains(page, GENERIC_NAME, LIMITED_NAME, "<dd>" + PortalSystem.makerName(DemoRealm.MANUFACTURER2) + "</dd>");
    }

    @Test
    void aProductShowsStatusReasonOutlookVolumeHistoryAndAlternatives() {
        String page = page(visitor().get("/products/" + LIMITED), 200);
        contains(page, "<h1>" + LIMITED_NAME + "</h1>", "class=\"badge limited\"", "② 限定出荷（自社の事情）", "製造トラブル",
                OUTLOOK.getYear() + "年" + OUTLOOK.getMonthValue() + "月1日", "B 出荷量減少", "2026年12月1日", "2026年4月1日",
                "① 通常出荷", "href=\"/products/" + GENERIC + "\"", GENERIC_NAME, INGREDIENT);
        assertFalse(page.contains("通常出荷の代替品目はありません"), "an alternative ships normally");
        page = page(visitor().get("/products/" + LIMITED, "en"), 200);
        contains(page, "Limited (own reasons)", "Manufacturing trouble", "B reduced", "1 Dec 2026");
    }

    @Test
    void aProductWithoutAnyReportIsShownAsSuchAndAnUnknownOneIsNotFound() {
        String page = page(visitor().get("/products/" + UNREPORTED), 200);
        contains(page, UNREPORTED_NAME, "class=\"badge none\"", "href=\"/products/" + GENERIC + "\"");
        page = page(visitor().get("/products/9999999X9998"), 404);
        contains(page, "見つかりません");
    }

    @Test
    void theNationalSituationHasChartsEachWithItsTable() {
        String page = page(visitor().get("/situation?asOf=2026-12-02"), 200);
        contains(page, "2026年12月2日", "&quot;type&quot;:&quot;pie&quot;", "&quot;type&quot;:&quot;bar&quot;",
                "aria-describedby=\"by-response-table\"", "<th scope=\"row\">先発品</th>", "/webjars/echarts/5.5.0/");
    }

    @Test
    void publishedNoticesAsAListAndAPageAndTheirPrintableLayout() {
        String title = "メジコン錠の限定出荷に伴う協力依頼（ページ）";
        String notice = PortalSystem.publishNotice(title);
        String page = page(visitor().get("/notices"), 200);
        contains(page, title, "href=\"/notices/" + notice + "\"");
        page = page(visitor().get("/notices/" + notice), 200);
        contains(page, title, "公益社団法人日本薬剤師会 御中", "<li>必要最小限の日数の処方とすること。</li>",
                "href=\"/products/" + PortalSystem.MEDICON + "\"");
        contains(page(visitor().get("/notices/" + notice + "/print"), 200), title);
    }

    @Test
    void everyPageSaysHowLongTheServerTookToMakeIt() {
        HttpResponse<String> answer = visitor().get("/products?q=メジコン");
        assertTrue(answer.headers().firstValue("Server-Timing").orElse("").matches("page;dur=[0-9]+\\.[0-9]"),
                answer.headers().toString());
    }

    // ------------------------------------------------------------------------------------------------- signed in

    @Test
    void aHospitalKeepsItsFacilityWatchListAlertsAndQuotasThroughItsPages() {
        PortalSession hospital = visitor();
        String page = page(hospital.signIn(DemoRealm.HOSPITAL, "/me"), 200);
        contains(page, "ログイン中", DemoRealm.HOSPITAL.org(), "<label for=\"name\">施設名</label>");

        page = page(hospital.post("/me", Map.of("kind", "HOSPITAL", "name", "みなと総合病院 薬剤部",
                "email", "yakuzai@minato-hp.example.jp", "quietStart", "22:00", "quietEnd", "07:00")), 200);
        contains(page, "value=\"みなと総合病院 薬剤部\"", "value=\"HOSPITAL\" required checked");

        page = page(hospital.post("/me/watchlist", Map.of("kind", "YJ_CODE", "target", LIMITED, "channels", "INBOX",
                "minSeverity", "INFO")), 200);
        contains(page, LIMITED_NAME, "/removal\"");
        page = page(hospital.post("/me/watchlist", Map.of("kind", "INGREDIENT", "target", LIMITED.substring(0, 7),
                "channels", "INBOX", "minSeverity", "INFO")), 200);
        contains(page, ">成分</span>", INGREDIENT);
        // the service's own refusal, shown beside the form and naming the field
        page = page(hospital.post("/me/watchlist", Map.of("kind", "YJ_CODE", "target", "12345", "channels", "INBOX",
                "minSeverity", "INFO")), 400);
        contains(page, "target");

        PortalSystem.report(DemoRealm.MANUFACTURER, Map.of("yjCode", LIMITED, "shipmentResponse", "STOPPED",
                "reason", "MANUFACTURING_TROUBLE", "effectiveDate", "2026-12-03", "resolutionOutlook", "UNDECIDED",
                "shipmentVolume", "C"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                contains(page(hospital.get("/me/alerts"), 200), "⑤ 供給停止", ">" + LIMITED_NAME + "</a>"));
        contains(page(hospital.get("/me/alerts"), 200), "data-stream=\"/me/alerts/stream?after=", "aria-live=\"polite\"");
        contains(page(hospital.get("/me/alerts", "en"), 200), "Mark read");

        page = page(hospital.get("/me/quotas?yj=" + LIMITED), 200);
        contains(page, "<label for=\"yjCode\">", "value=\"" + LIMITED + "\"");
        assertFalse(page.contains("サービスに接続できません"), "allocation answers");

        page = page(hospital.get("/products/" + LIMITED), 200);
        contains(page, "href=\"/me/watchlist?kind=YJ_CODE&amp;target=" + LIMITED + "\"", "href=\"/logout\"");
    }

    @Test
    void aUserWhoIsNoFacilityIsNotOfferedAFacilitysPagesAndTheServicesRefuseThem() {
        PortalSession wholesaler = visitor();
        String page = page(wholesaler.signIn(DemoRealm.WHOLESALER, "/login"), 200);
        contains(page, "ログイン中", "/logout");
        assertFalse(page.contains("href=\"/me/watchlist\""), page);
        assertFalse(page.contains("href=\"/me/alerts\""), page);
        // a crafted address: the portal asks notification with the wholesaler's token, and notification refuses
        page = page(wholesaler.get("/me/watchlist"), 403);
        contains(page, "この操作の権限がありません。");
        as(DemoRealm.WHOLESALER, LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                .body(Map.of("facilityCode", DemoRealm.WHOLESALER.org(), "kind", "YJ_CODE", "target", LIMITED,
                        "channels", List.of("INBOX"), "minSeverity", "INFO"))
                .when().post("/api/v1/subscriptions").then().statusCode(403);
    }

    // ------------------------------------------------------------------------------------------------- manufacturer

    /** MFR001's products for its own pages, of an ingredient no other test follows: limited, and never reported. */
    static final String MAKER_LIMITED = "3999101F1016";
    static final String MAKER_LIMITED_NAME = "ページ確認錠10mg";
    static final String MAKER_UNREPORTED = "3999101F2012";
    static final String MAKER_UNREPORTED_NAME = "ページ確認錠20mg";

    /** MFR002's product whose many reports fill more than one page of its maker's history (50 changes a page). */
    static final String MANY_REPORTS = "3999102F1010";
    static final int HISTORY_PAGE = 50;

    @Test
    void aMakersHistoryIsReadAPageAtATimeTheLatestReportFirst() {
        PortalSystem.register(DemoRealm.MANUFACTURER2, MANY_REPORTS, "履歴確認錠10mg", "履歴確認成分", "10mg1錠",
                "GENERIC");
        for (int i = 1; i <= HISTORY_PAGE + 1; i++) {
            PortalSystem.report(DemoRealm.MANUFACTURER2, MANY_REPORTS, i % 2 == 1 ? "LIMITED_OWN_REASONS" : "NORMAL",
                    i % 2 == 1 ? "DEMAND_INCREASE" : null);
        }
        PortalSession maker = visitor();
        page(maker.signIn(DemoRealm.MANUFACTURER2, "/login"), 200);
        String first = page(maker.get("/maker/history"), 200);
        assertEquals(HISTORY_PAGE, rows(first), "a full page");
        contains(first, "さらに前の報告", "rel=\"next\"");
        assertFalse(first.contains("最新の報告に戻る"), "the first page is the latest");
        java.util.regex.Matcher older = java.util.regex.Pattern.compile("href=\"(/maker/history\\?before=[0-9]+)\"")
                .matcher(first);
        assertTrue(older.find(), first);
        int all = as(DemoRealm.MANUFACTURER2, LocalStack.MANUFACTURER_REPORT)
                .get("/api/v1/status-changes?manufacturer={m}&limit=200", DemoRealm.MANUFACTURER2.org())
                .then().statusCode(200).extract().jsonPath().getList("$").size();
        String second = page(maker.get(older.group(1)), 200);
        assertEquals(all - HISTORY_PAGE, rows(second), "the rest, down to the maker's first report");
        contains(second, "② 限定出荷（自社の事情）", "最新の報告に戻る", "href=\"/maker/history\"");
        assertFalse(second.contains("さらに前の報告"), "nothing earlier");
    }

    /** The rows of a page's table, each headed by its product. */
    static int rows(String page) {
        return page.split("<th scope=\"row\">", -1).length - 1;
    }

    @Test
    void aManufacturerHasItsProductsFormRecordAndKeysThroughItsPages() {
        PortalSystem.register(DemoRealm.MANUFACTURER, MAKER_LIMITED, MAKER_LIMITED_NAME, "ページ確認成分", "1錠", "GENERIC");
        PortalSystem.register(DemoRealm.MANUFACTURER, MAKER_UNREPORTED, MAKER_UNREPORTED_NAME, "ページ確認成分", "1錠",
                "GENERIC");
        PortalSystem.report(DemoRealm.MANUFACTURER, Map.of("yjCode", MAKER_LIMITED, "shipmentResponse", "NORMAL",
                "effectiveDate", "2026-04-01"));
        PortalSystem.report(DemoRealm.MANUFACTURER, Map.of("yjCode", MAKER_LIMITED, "shipmentResponse",
                "LIMITED_OWN_REASONS", "reason", "MANUFACTURING_TROUBLE", "effectiveDate", "2026-12-01"));
        PortalSession maker = visitor();
        String page = page(maker.signIn(DemoRealm.MANUFACTURER, "/login"), 200);
        contains(page, "ログイン中", "href=\"/maker/products\" aria-current=\"page\"", "href=\"/maker/uploads\"",
                "href=\"/maker/history\"", "href=\"/maker/scorecard\"", "href=\"/maker/api-keys\"",
                "製造販売業者コード " + DemoRealm.MANUFACTURER.org());
        assertFalse(page.contains("href=\"/me/watchlist\""), "no facility's pages");
        page = page(maker.get("/maker/products?q=ページ確認&status=LIMITED_OWN_REASONS"), 200);
        contains(page, MAKER_LIMITED_NAME, "② 限定出荷（自社の事情）",
                "href=\"/maker/products/" + MAKER_LIMITED + "/report\"", "<option value=\"LIMITED_OWN_REASONS\" selected>");
        assertFalse(page.contains(MAKER_UNREPORTED_NAME), "filtered by status");
        page = page(maker.get("/maker/products?q=" + INGREDIENT), 200);
        assertFalse(page.contains(GENERIC_NAME), "another maker's product");

        page = page(maker.get("/maker/products/" + MAKER_UNREPORTED + "/report"), 200);
        contains(page, MAKER_UNREPORTED_NAME, "<legend>⑫出荷対応の状況</legend>", "<label for=\"reason\">⑭限定出荷等の理由</label>",
                "<label for=\"causeYjCode\">", "<label for=\"expectedResolutionDate\">⑯解消見込み時期</label>",
                "<label for=\"volumeImprovementAmount\">", "value=\"" + LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
                        + "\"", "見込み（その日にこの状況になる予定）");
        // each rule's refusal beside its field, in Japanese, and nothing recorded
        page = page(maker.post("/maker/products/" + MAKER_UNREPORTED + "/report", Map.of("shipmentResponse", "STOPPED",
                "effectiveDate", "2026-12-01", "resolutionOutlook", "YES", "expectedResolutionDate", "2020-01-01")), 400);
        contains(page, "id=\"err-reason\"", "id=\"err-expectedResolutionDate\"", "aria-invalid=\"true\"",
                "href=\"#reason\"", "value=\"STOPPED\" checked");
        as(DemoRealm.MANUFACTURER, LocalStack.MANUFACTURER_REPORT).get("/api/v1/products/{yj}/status",
                MAKER_UNREPORTED).then().statusCode(404);
        // another maker's product: the service refuses, the page says so
        page = page(maker.post("/maker/products/" + GENERIC + "/report", Map.of("shipmentResponse", "NORMAL",
                "effectiveDate", "2026-12-01")), 403);
        contains(page, "この操作の権限がありません。");

        contains(page(maker.get("/maker/history"), 200), MAKER_LIMITED_NAME, "② 限定出荷（自社の事情）", "2026年4月1日");
        contains(page(maker.get("/maker/scorecard"), 200), "通常出荷の割合", "状況を報告した品目のうち");
        contains(page(maker.get("/maker/uploads"), 200), "<input id=\"file\" name=\"file\" type=\"file\"",
                "value=\"all-or-nothing\" checked");
        contains(page(maker.get("/maker/scorecard", "en"), 200), "Share in normal shipment");

        page = page(maker.post("/maker/api-keys", Map.of("name", "ERP 連携")), 201);
        contains(page, "このキーが表示されるのは今だけです", "ERP 連携");
        String secret = page.replaceAll("(?s).*<code id=\"new-key-secret\">([^<]+)</code>.*", "$1");
        page = page(maker.get("/maker/api-keys"), 200);
        assertFalse(page.contains(secret), "the secret is shown once");
        String revoke = page.replaceAll("(?s).*action=\"(/maker/api-keys/[0-9a-f-]{36}/revocation)\".*", "$1");
        contains(page(maker.post(revoke, Map.of()), 200), "キーを無効にしました。", ">無効（");
    }

    @Test
    void aFacilityIsNotOfferedAManufacturersPagesAndTheServiceRefusesThem() {
        PortalSession pharmacy = pharmacyOfferedNo("/maker/");
        contains(page(pharmacy.get("/maker/uploads"), 403), "この操作の権限がありません。");
        contains(page(pharmacy.get("/maker/api-keys"), 403), "この操作の権限がありません。");
    }
}
