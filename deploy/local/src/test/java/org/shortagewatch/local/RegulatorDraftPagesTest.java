package org.shortagewatch.local;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.shortagewatch.local.PortalPagesTest.contains;
import static org.shortagewatch.local.PortalPagesTest.page;
import static org.shortagewatch.local.PortalSystem.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.infra.DemoRealm;

import io.restassured.response.ValidatableResponse;

/**
 * A saved draft of a notice (事務連絡) edited on the regulator's drafting form: the form as the page fills it from
 * notification's draft, sent back with the title and the requests changed, is saved by notification with every other
 * field as it was, and the notice's page follows; a blank title is refused beside its field and saves nothing. Over
 * HTTP on the system of {@link PortalSystem}, signed in as a regulator with a one-time code. Drafting a new notice and
 * the steps after it are in {@link RegulatorNoticePagesTest}.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class RegulatorDraftPagesTest {

    /** A product nobody follows, so that the notice reaches no one while a draft. */
    static final String PRODUCT = YjCodes.withCheckCharacter("3999402F101");
    static final String PRODUCT_NAME = "下書き編集確認錠10mg";
    static final String TITLE = "下書き編集確認：鎮咳薬の協力依頼（案）";
    static final String EDITED = "下書き編集確認：鎮咳薬及び去痰薬の協力依頼";

    private static PortalSession regulator;
    private static String draft;

    @BeforeAll
    static void seed() {
        PortalSystem.stack();
        draft = PortalSystem.draftNotice(TITLE, List.of(DemoRealm.PHARMACY.org()), PRODUCT, PRODUCT_NAME);
        regulator = new PortalSession(PortalSystem.portal());
        page(regulator.signIn(DemoRealm.REGULATOR, "/regulator/notices", PortalSystem.stack().keycloak()::totpCode),
                200);
    }

    @Test
    void aDraftEditedOnItsFormIsSavedWithTheOtherFieldsAsTheyWereAndABlankTitleIsRefused() {
        String path = "/regulator/notices/" + draft + "/edit";
        String page = page(regulator.get(path), 200);
        contains(page, "<h1>事務連絡の下書きを編集</h1>", "<form id=\"notice-form\" method=\"post\" action=\"" + path + "\"",
                "value=\"" + TITLE + "\"", PRODUCT + " " + PRODUCT_NAME + "</textarea>", ">下書きを保存</button>");
        Map<String, String> form = fields(page);
        assertEquals(TITLE, form.get("title"));
        form.put("title", EDITED);
        form.put("requests", form.get("requests") + "\n在庫の偏在がないか確認すること。");
        form.put("action", "save");

        contains(FacilityPagesTest.wentOn(regulator.post(path, form), "/regulator/notices/" + draft),
                "<h1>" + EDITED + "</h1>", "下書き", "<li>在庫の偏在がないか確認すること。</li>");
        notice().body("status", equalTo("DRAFT")).body("title", equalTo(EDITED))
                .body("requests", equalTo(List.of("必要最小限の日数の処方とすること。", "近隣の薬局と連携すること。",
                        "在庫の偏在がないか確認すること。")))
                // the fields left alone are saved as they were
                .body("addressees", equalTo(List.of("公益社団法人日本薬剤師会 御中")))
                .body("addresseeOrganisations", equalTo(List.of(DemoRealm.PHARMACY.org())))
                .body("targetProducts[0].yjCode", equalTo(PRODUCT))
                .body("targetProducts[0].name", equalTo(PRODUCT_NAME))
                .body("consultationDesk", equalTo("厚生労働省医政局医薬産業振興・医療情報企画課 電話 03-5253-1111"))
                .body("background", equalTo("鎮咳薬及び去痰薬については、感染症の流行により需要が増加し、限定出荷が続いています。"));

        // a blank title: the form again, the refusal beside the field, what was typed kept, nothing saved
        form.put("title", "");
        form.put("background", "需要がさらに増加しています。");
        String refused = page(regulator.post(path, form), 400);
        contains(refused, "保存できませんでした。各項目の内容を確認してください。", "id=\"err-title\"", "aria-invalid=\"true\"",
                "需要がさらに増加しています。</textarea>");
        notice().body("title", equalTo(EDITED)).body("background", equalTo(
                "鎮咳薬及び去痰薬については、感染症の流行により需要が増加し、限定出荷が続いています。"));
    }

    /** The drafting form's text fields as the page fills them (entities decoded); no kind of facility is ticked. */
    private static Map<String, String> fields(String page) {
        assertFalse(page.matches("(?s).*name=\"kinds\" value=\"[A-Z]+\" checked.*"), "no kind of facility to send");
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input id=\"(\\w+)\" name=\"\\1\" maxlength=\"[0-9]+\" value=\"([^\"]*)\"")
                .matcher(page);
        while (input.find()) {
            fields.put(input.group(1), unescape(input.group(2)));
        }
        Matcher area = Pattern.compile("<textarea id=\"(\\w+)\" name=\"\\1\"[^>]*>([^<]*)</textarea>").matcher(page);
        while (area.find()) {
            fields.put(area.group(1), unescape(area.group(2)));
        }
        assertEquals(List.of("title", "issuer", "addressees", "background", "requests", "targetProducts",
                "consultationDesk", "addresseeOrganisations", "followsUp"), List.copyOf(fields.keySet()));
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** The draft as notification has it, read by the regulator. */
    private static ValidatableResponse notice() {
        return as(DemoRealm.REGULATOR, LocalStack.NOTIFICATION).get("/api/v1/notices/{id}", draft).then()
                .statusCode(200);
    }
}
