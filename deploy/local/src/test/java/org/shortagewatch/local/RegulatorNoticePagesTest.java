package org.shortagewatch.local;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalPagesTest.closedWithoutSignIn;
import static org.shortagewatch.local.PortalPagesTest.contains;
import static org.shortagewatch.local.PortalPagesTest.page;
import static org.shortagewatch.local.PortalPagesTest.pharmacyOfferedNo;
import static org.shortagewatch.local.PortalSystem.as;
import static org.shortagewatch.local.PortalSystem.draftNotice;
import static org.shortagewatch.local.PortalSystem.noticeStep;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.DemoRealm;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The regulator's notice (事務連絡) pages as a browser receives them, rendered from notification's real notice
 * workflow on the system of {@link PortalSystem}, signed in as a regulator through Keycloak's login page with a
 * one-time code; the notices are made through notification's API (drafted by this regulator, reviewed by the other):
 * the list by stage, each notice with what its stage allows, the drafting form with its printed preview and the
 * service's refusals beside their fields, the review with the four-eyes refusal and a send-back's comment, each step
 * going on to the notice's page, a follow-up linked both ways on the public pages once published, the reach of a
 * published notice; closed without sign-in, and nothing of it shown to a pharmacy. What needs JavaScript (the live
 * preview as it is typed, the confirmations) is in {@link RegulatorNoticeJourneyTest}, in Chromium.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class RegulatorNoticePagesTest {

    /** A product nobody follows, so that a notice about it reaches its addressed organisations only. */
    static final String PRODUCT = "3999401F1010";
    static final String PRODUCT_NAME = "ページ事務連絡錠10mg";
    /** The published notice's recipients besides the demo pharmacy: facilities registered with their kinds and names. */
    static final List<Facility> FACILITIES = List.of(
            new Facility(FacilityCodes.withCheckDigit("134999401"), "PHARMACY", "ページ確認みなと薬局"),
            new Facility(FacilityCodes.withCheckDigit("131999402"), "HOSPITAL", "ページ確認みなと病院"),
            new Facility(FacilityCodes.withCheckDigit("271999403"), "CLINIC", "ページ確認なにわ診療所"));
    static final String SENT_BACK = "ページ確認：咳止めの協力依頼（案）";
    static final String IN_REVIEW = "ページ確認：去痰薬の協力依頼";
    static final String PUBLISHED = "ページ確認：解熱鎮痛薬の協力依頼";
    static final String COMMENT = "対象医薬品に去痰薬を加えてください";
    /** A notice that does not exist. */
    static final String UNKNOWN = UUID.randomUUID().toString();

    /** A facility as notification registers it. */
    record Facility(String code, String kind, String name) {
    }

    private static PortalSession regulator;
    private static String sentBack;
    private static String inReview;
    private static String published;

    /**
     * A draft to the pharmacy and the wholesaler sent back by the other regulator with a comment, a notice in review,
     * and a notice published to the pharmacy and three facilities, which the pharmacy has acknowledged; then the
     * regulator signs in.
     */
    @BeforeAll
    static void seed() {
        PortalSystem.stack();
        FACILITIES.forEach(f -> PortalSystem.facility(f.code(), f.kind(), f.name()));
        sentBack = draftNotice(SENT_BACK, List.of(DemoRealm.PHARMACY.org(), DemoRealm.WHOLESALER.org()), PRODUCT,
                PRODUCT_NAME);
        noticeStep(DemoRealm.REGULATOR, sentBack, "review-request");
        as(DemoRealm.REGULATOR2, LocalStack.NOTIFICATION).contentType(ContentType.JSON).body(Map.of("comment", COMMENT))
                .when().post("/api/v1/notices/{id}/send-back", sentBack).then().statusCode(200);
        inReview = draft(IN_REVIEW);
        noticeStep(DemoRealm.REGULATOR, inReview, "review-request");
        List<String> recipients = new java.util.ArrayList<>(FACILITIES.stream().map(Facility::code).toList());
        recipients.add(DemoRealm.PHARMACY.org());
        published = PortalSystem.publish(draftNotice(PUBLISHED, recipients, PRODUCT, PRODUCT_NAME));
        as(DemoRealm.PHARMACY, LocalStack.NOTIFICATION).when().post("/api/v1/notices/{id}/acknowledgement", published)
                .then().statusCode(anyOf(equalTo(200), equalTo(204)));
        regulator = new PortalSession(PortalSystem.portal());
        page(regulator.signIn(DemoRealm.REGULATOR, "/regulator/notices", PortalSystem.stack().keycloak()::totpCode), 200);
    }

    /** A draft by the regulator, addressed to the demo pharmacy, about the product nobody follows. */
    private static String draft(String title) {
        return draftNotice(title, List.of(DemoRealm.PHARMACY.org()), PRODUCT, PRODUCT_NAME);
    }

    @Test
    void theRegulatorsNoticePagesAreClosedWithoutSignIn() {
        closedWithoutSignIn("/regulator/notices", "/regulator/notices/new", "/regulator/notices/" + published);
    }

    @Test
    void theListIsByStageWithTheRegulatorsMenu() {
        String page = page(regulator.get("/regulator/notices?status=DRAFT"), 200);
        contains(page, "<a href=\"/regulator/notices\" aria-current=\"page\">事務連絡の作成・審査</a>",
                "aria-current=\"page\">下書き</a>");
        contains(item(page, SENT_BACK), "href=\"/regulator/notices/" + sentBack + "\"", "差戻しコメントあり");
        // a stage of which notification lists no notice says so
        as(DemoRealm.REGULATOR, LocalStack.NOTIFICATION).queryParam("status", "APPROVED").get("/api/v1/notices")
                .then().statusCode(200).body("size()", equalTo(0));
        contains(page(regulator.get("/regulator/notices?status=APPROVED"), 200), "「承認済み」の事務連絡はありません。");
        contains(page(regulator.get("/regulator/notices", "en"), 200), "Notices: drafting and review");
    }

    @Test
    void aNoticeShowsWhatItsStageAllowsAndAnUnknownOneIsRefused() {
        String page = page(regulator.get("/regulator/notices/" + sentBack), 200);
        contains(page, "審査者からの差戻しコメント", COMMENT,
                "action=\"/regulator/notices/" + sentBack + "/review-request\"",
                // the wholesaler, whose name notification does not know, by the name allocation's registry has
                "<li>" + PortalSystem.WHOLESALER_NAME + "［" + DemoRealm.WHOLESALER.org() + "］</li>");
        assertFalse(page.contains("id=\"withdraw\""), "a draft is not withdrawn");
        String issued = page(regulator.get("/regulator/notices/" + published), 200);
        contains(issued, "id=\"withdraw\"", "data-confirm=", "/reach\" id=\"open-reach\"", "送付する組織</dt>",
                "<li>" + PortalSystem.PHARMACY_NAME + "［" + DemoRealm.PHARMACY.org() + "］</li>",
                PRODUCT_NAME + "</a>［" + PRODUCT + "］</li>");
        contains(page(regulator.get("/regulator/notices/" + published, "en"), 200),
                PRODUCT_NAME + "</a> [" + PRODUCT + "]</li>");
        // the organisations it is sent to by name, each with its code
        FACILITIES.forEach(f -> contains(issued, "<li>" + f.name() + "［" + f.code() + "］</li>"));
        page(regulator.get("/regulator/notices/" + UNKNOWN), 404);
    }

    @Test
    void theDraftingFormHasEveryFieldAndALivePreview() {
        contains(page(regulator.get("/regulator/notices/new"), 200), "<label for=\"title\">件名</label>",
                "name=\"addressees\"", "name=\"requests\"", "name=\"targetProducts\"", "name=\"consultationDesk\"",
                "name=\"kinds\" value=\"PHARMACY\"", "name=\"addresseeOrganisations\"", "name=\"followsUp\"",
                "hx-post=\"/regulator/notices/preview\"", "各都道府県衛生主管部（局）御中");
        contains(page(regulator.post("/regulator/notices/preview", Map.of("title", "解熱鎮痛薬の協力依頼")), 200),
                "id=\"notice-preview\"", "srcdoc=\"&lt;!DOCTYPE html&gt;",
                "&lt;h1 class=&quot;title&quot;&gt;解熱鎮痛薬の協力依頼&lt;/h1&gt;");
        // notification's refusal of the title (at most 300 characters), beside it: a Japanese title, which URL-encoded
        // is nine bytes a character, still reaches notification
        String tooLong = "協".repeat(301);
        String said = as(DemoRealm.REGULATOR, LocalStack.NOTIFICATION).contentType(ContentType.JSON)
                .header("Accept-Language", "ja").body(Map.of("title", tooLong)).when().post("/api/v1/notices/rendering")
                .then().statusCode(400).extract().path("errors[0].detail");
        contains(page(regulator.post("/regulator/notices/preview", Map.of("title", tooLong)), 200),
                "この内容では表示できません。", "<a href=\"#title\">件名</a>：" + said);
        // without JavaScript: the preview button shows the page with the printed layout
        contains(page(regulator.post("/regulator/notices/new", Map.of("title", "解熱鎮痛薬の協力依頼", "action", "preview")),
                200), "value=\"解熱鎮痛薬の協力依頼\"", "<iframe class=\"printed\"");
    }

    @Test
    void aDraftIsSavedAndSentForReviewOrRefusedBesideItsField() {
        String title = "ページ確認：保存して審査に回す協力依頼";
        HttpResponse<String> saved = regulator.post("/regulator/notices/new", Map.of("title", title,
                "addressees", "公益社団法人日本薬剤師会 御中", "background", "需要が増加しています。",
                "requests", "長期処方を控えること。\n近隣の薬局と連携すること。",
                "targetProducts", PRODUCT + " " + PRODUCT_NAME, "consultationDesk", "医薬産業振興・医療情報企画課",
                "action", "submit"));
        String id = noticeOf(saved);
        contains(page(saved, 200), "<h1>" + title + "</h1>", "審査中");
        notice(id).body("status", equalTo("IN_REVIEW")).body("requests", org.hamcrest.Matchers.contains("長期処方を控えること。", "近隣の薬局と連携すること。"))
                .body("targetProducts[0].name", equalTo(PRODUCT_NAME));

        String page = page(regulator.post("/regulator/notices/new", Map.of("title", "", "requests", "在庫の確認")), 400);
        contains(page, "保存できませんでした。", "id=\"err-title\"", "aria-invalid=\"true\"", "在庫の確認</textarea>");
    }

    @Test
    void theReviewShowsThePrintedNoticeTheFourEyesRefusalAndSendsItBackWithAComment() {
        String review = page(regulator.get("/regulator/notices/" + inReview + "/review"), 200);
        contains(review, "id=\"own-draft\"", "承認は別の審査者が行います", "作成者：渡辺 直子",
                "name=\"comment\"", "srcdoc=\"&lt;!DOCTYPE html&gt;", "&lt;h1 class=&quot;title&quot;&gt;" + IN_REVIEW);
        assertFalse(review.contains("id=\"approve\""), "its drafter is not offered the approval");
        // this regulator drafted it: notification refuses her approval all the same
        contains(page(regulator.post("/regulator/notices/" + inReview + "/approval", Map.of()), 409),
                "この操作は受け付けられませんでした。", "事務連絡の承認は作成者以外の方が行ってください");
        contains(step(inReview, "send-back", Map.of("comment", "照会先の電話番号を加えてください")), "審査者からの差戻しコメント",
                "照会先の電話番号を加えてください");
        notice(inReview).body("status", equalTo("DRAFT")).body("reviewComment", equalTo("照会先の電話番号を加えてください"));
        page(regulator.get("/regulator/notices/" + UNKNOWN + "/review"), 404);
    }

    @Test
    void aDraftIsSentForReviewAndOnceApprovedPublishedFromItsPage() {
        String id = draft("ページ確認：発出する協力依頼");
        contains(step(id, "review-request", Map.of()), "審査中");
        noticeStep(DemoRealm.REGULATOR2, id, "approval");
        contains(step(id, "publication", Map.of()), "発出済み", "id=\"open-reach\"");
        notice(id).body("status", equalTo("PUBLISHED"));
        // drafter and approver named as their sign-in names them, not by login id
        contains(page(regulator.get("/regulator/notices/" + id), 200), "<dd>渡辺 直子</dd>", "<dd>山本 誠</dd>");
        page(regulator.post("/regulator/notices/" + UNKNOWN + "/publication", Map.of()), 404);
    }

    @Test
    void aPublishedNoticeIsWithdrawnWithItsReasonShownToEveryone() {
        String id = PortalSystem.publish(draft("ページ確認：撤回する協力依頼"));
        contains(step(id, "withdrawal", Map.of("reason", "供給が回復したため")), "撤回済み", "撤回理由：供給が回復したため");
        notice(id).body("status", equalTo("WITHDRAWN")).body("withdrawalReason", equalTo("供給が回復したため"));
        contains(page(new PortalSession(PortalSystem.portal()).get("/notices/" + id), 200), "撤回理由：供給が回復したため");

        // the pharmacy it reached sees the notice and its withdrawal marked 撤回, and is no longer asked to acknowledge
        PortalSession pharmacy = pharmacyOfferedNo("/regulator/");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            String mine = page(pharmacy.get("/me/notices"), 200);
            contains(mine, "」は撤回されました（理由：供給が回復したため）", "<span class=\"badge stopped\">撤回</span>");
            assertFalse(mine.contains("action=\"/me/notices/" + id + "/acknowledgement\""), "a withdrawn notice is not to act on");
        });
        // on the alerts page too, both the notice's entry and its withdrawal's
        java.util.regex.Matcher marked = java.util.regex.Pattern.compile("href=\"/notices/" + id
                + "\">[^<]*</a> <span class=\"badge stopped\">撤回</span>").matcher(page(pharmacy.get("/me/alerts"), 200));
        assertEquals(2, marked.results().count(), "the notice's entry and its withdrawal's, each marked 撤回");
    }

    @Test
    void aFollowUpIsDraftedFromAPublishedNoticeAndOncePublishedTheyLinkEachOtherOnThePublicPages() {
        HttpResponse<String> drafted = regulator.post("/regulator/notices/" + published + "/follow-up", Map.of());
        assertTrue(drafted.uri().getPath().matches("/regulator/notices/[0-9a-f-]{36}/edit"), drafted.uri()::toString);
        String followUp = drafted.uri().getPath().split("/")[3];
        contains(page(drafted, 200), "value=\"" + PUBLISHED + "（続報）\"", published + "</textarea>");
        notice(followUp).body("status", equalTo("DRAFT")).body("followsUp", org.hamcrest.Matchers.contains(published));
        contains(page(regulator.get("/regulator/notices/" + published), 200), "href=\"/regulator/notices/" + followUp + "\"");

        PortalSession anyone = new PortalSession(PortalSystem.portal());
        assertFalse(page(anyone.get("/notices/" + published), 200).contains(followUp), "a draft is no one's to read");
        PortalSystem.publish(followUp);
        contains(page(anyone.get("/notices/" + published), 200), "この事務連絡の続報",
                "<a href=\"/notices/" + followUp + "\">" + PUBLISHED + "（続報）</a>");
        contains(page(anyone.get("/notices/" + followUp), 200), "続報元の事務連絡",
                "<a href=\"/notices/" + published + "\">" + PUBLISHED + "</a>");
    }

    @Test
    void theReachPageChartsTheRatesAndListsWhoHasNotAcknowledged() {
        Map<String, Object> timeline = as(DemoRealm.REGULATOR, LocalStack.NOTIFICATION)
                .get("/api/v1/notices/{id}/statistics/timeline", published).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        assertEquals("HOUR", timeline.get("bucket"), "just published: hour by hour");
        @SuppressWarnings("unchecked")
        String first = hour(((List<Map<String, String>>) timeline.get("points")).get(0).get("at"));
        String page = page(regulator.get("/regulator/notices/" + published + "/reach"), 200);
        contains(page, "data-chart=\"", "<th scope=\"row\">" + first + "</th>", "25.0%",
                "id=\"acknowledged-total\">1（25.0%）", "受領確認のない送付先（3件）");
        FACILITIES.forEach(f -> contains(page, "<th scope=\"row\">" + f.code() + "</th><td>" + f.name() + "</td>"));
        assertFalse(page.contains("<th scope=\"row\">" + DemoRealm.PHARMACY.org() + "</th>"), "the pharmacy acknowledged");
        page(regulator.get("/regulator/notices/" + UNKNOWN + "/reach"), 404);
    }

    @Test
    void aPharmacyIsOfferedNoneOfTheRegulatorsNoticePagesAndShownNoDraft() {
        PortalSession pharmacy = pharmacyOfferedNo("/regulator/");
        // notification lists drafts to the regulator only, and to anyone else a draft does not exist
        assertFalse(page(pharmacy.get("/regulator/notices?status=DRAFT"), 200).contains(SENT_BACK), "no draft listed");
        page(pharmacy.get("/regulator/notices/" + sentBack), 404);
    }

    /** A step taken on the notice's page: it goes on to the notice's page, which is returned. */
    private static String step(String id, String step, Map<String, String> form) {
        HttpResponse<String> answer = regulator.post("/regulator/notices/" + id + "/" + step, form);
        assertEquals(id, noticeOf(answer));
        return page(answer, 200);
    }

    /** The notice as notification has it, read by the regulator. */
    private static ValidatableResponse notice(String id) {
        return as(DemoRealm.REGULATOR, LocalStack.NOTIFICATION).get("/api/v1/notices/{id}", id).then().statusCode(200);
    }

    /** The notice whose page an answer is, from its address. */
    private static String noticeOf(HttpResponse<String> answer) {
        String path = answer.uri().getPath();
        assertTrue(path.matches("/regulator/notices/[0-9a-f-]{36}"), () -> "a notice's page: " + answer.uri());
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The item of a list that holds {@code text}. */
    private static String item(String page, String text) {
        for (String item : page.split("<li>")) {
            if (item.contains(text)) {
                return item.substring(0, item.indexOf("</li>"));
            }
        }
        throw new AssertionError("no item with «" + text + "» on the page:\n" + page);
    }

    /** An hour of the timeline as the page labels it: 12/3 10:00, in Japan time. */
    private static String hour(String at) {
        ZonedDateTime z = Instant.parse(at).atZone(ZoneId.of("Asia/Tokyo"));
        return z.getMonthValue() + "/" + z.getDayOfMonth() + String.format(Locale.ROOT, " %02d:00", z.getHour());
    }
}
