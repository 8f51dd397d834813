package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalPagesTest.closedWithoutSignIn;
import static org.shortagewatch.local.PortalPagesTest.contains;
import static org.shortagewatch.local.PortalPagesTest.page;
import static org.shortagewatch.local.PortalPagesTest.pharmacyOfferedNo;
import static org.shortagewatch.local.PortalSystem.as;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.events.YjCodes;
import org.shortagewatch.infra.DemoRealm;

/**
 * A wholesaler's pages as a browser receives them, rendered from wholesaler-allocation's real answers on the system of
 * {@link PortalSystem}, signed in as WHS001 through Keycloak's login page: a file stored or refused by row and column
 * (and the refusal as CSV), a supply saved or refused beside its field, the order surge found with its advice, the
 * plan's quotas (and a customer's, on its own page, by the product's and the wholesaler's names), the ingredient's map
 * by days of supply and by findings; the pages closed without sign-in and refused to a pharmacy. What needs JavaScript
 * is in {@link WholesalerJourneysTest}, in Chromium.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class WholesalerPagesTest {

    /** MFR001's product of an ingredient no other test uses, in limited shipment (demand increase). */
    static final String YJ = "6999101F1013";
    static final String INGREDIENT_KEY = "6999101";
    static final String PRODUCT_NAME = "ページ偏在錠10mg";
    static final String INGREDIENT_NAME = "ページ偏在成分";
    /** The ingredient as the pages name it, its key beside its name. */
    static final String NAMED_INGREDIENT = INGREDIENT_NAME + "［" + INGREDIENT_KEY + "］";
    /** WHS001's customers: the demo hospital (Tokyo, with past purchases) and a clinic in Osaka (new this year). */
    static final String TOKYO = DemoRealm.HOSPITAL.org();
    static final String OSAKA = FacilityCodes.withCheckDigit("271999101");
    /** A hospital in Fukuoka with the ingredient's tablets of another strength and its syrup, counted in mL. */
    static final String FUKUOKA = FacilityCodes.withCheckDigit("401999101");
    static final LocalDate TODAY = WholesalerData.TODAY;

    private static PortalSession wholesaler;

    /**
     * The product limited as wholesaler-allocation knows it; Tokyo's purchases in the baseline window (920 units over
     * the quarter, about 280 for 28 days) and of the last weeks (280, ten days of its stock of 100); Osaka's of the
     * last weeks only (2800, 65 days of its stock of 6500); Tokyo's orders of 350 today, an order surge; and
     * Fukuoka's tablets of another strength and syrup, which the map shows in their own units.
     */
    @BeforeAll
    static void seed() {
        WholesalerData.limited(YJ, PRODUCT_NAME, INGREDIENT_NAME);
        WholesalerData.pastPurchases(TOKYO, YJ);
        WholesalerData.record("shipments", OSAKA, YJ, TODAY.minusDays(3), 2800);
        WholesalerData.record("stock", OSAKA, YJ, TODAY, 6500);
        WholesalerData.record("orders", TOKYO, YJ, TODAY, 350);
        String tablets = YjCodes.withCheckCharacter(INGREDIENT_KEY + "F201");
        String syrup = YjCodes.withCheckCharacter(INGREDIENT_KEY + "Q101");
        WholesalerData.record("shipments", FUKUOKA, tablets, TODAY.minusDays(3), 1000);
        WholesalerData.record("stock", FUKUOKA, tablets, TODAY, 100);
        WholesalerData.record("shipments", FUKUOKA, syrup, TODAY.minusDays(3), 10_000, "mL");
        WholesalerData.record("stock", FUKUOKA, syrup, TODAY, 50_000, "mL");
        WholesalerData.awaitFinding(YJ, "ORDER_SURGE");
        wholesaler = new PortalSession(PortalSystem.portal());
        page(wholesaler.signIn(DemoRealm.WHOLESALER, "/wholesaler/uploads"), 200);
    }

    private static HttpResponse<String> orders(PortalSession session, String rows) {
        return session.upload("/wholesaler/uploads", Map.of("kind", "orders"), "file", "orders.csv", "text/csv",
                ("reference,facilityCode,yjCode,date,units,unit\n" + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWholesalersPagesAreClosedWithoutSignIn() {
        closedWithoutSignIn("/wholesaler/uploads", "/wholesaler/findings", "/wholesaler/allocations",
                "/wholesaler/map/" + INGREDIENT_KEY);
    }

    @Test
    void aFileIsStoredAndItsCountsShownInTheMenuOfAWholesaler() {
        String page = page(wholesaler.get("/wholesaler/uploads"), 200);
        contains(page, "<title>受注・出荷・在庫の送信 | Shortage Watch</title>", "href=\"/wholesaler/findings\"",
                "aria-current=\"page\">データ送信", "<label for=\"supplyUnits\">");
        assertFalse(page.contains("href=\"/maker/uploads\""), "no manufacturer's menu");
        page = page(orders(wholesaler, "P-1," + TOKYO + "," + YJ + "," + TODAY + ",10,錠\nP-2," + TOKYO + "," + YJ
                + "," + TODAY + ",20,錠\n"), 200);
        contains(page, "id=\"upload-result\"", "受注（発注を受けた数量）：2件を登録しました。",
                "href=\"/wholesaler/map/" + INGREDIENT_KEY + "\"", ">" + NAMED_INGREDIENT + "</a>");
    }

    @Test
    void aRefusedFileListsItsRowErrorsByRowAndColumnAndGivesThemAsCsv() {
        String page = page(orders(wholesaler, "P-3," + TOKYO.substring(0, 9) + "0," + YJ + "," + TODAY + ",350,錠\n"
                + "P-4," + TOKYO + "," + YJ + "," + TODAY + ",-5,錠\n"), 400);
        contains(page, "入力内容を確認してください。", "id=\"row-error-table\"",
                "<th scope=\"row\" class=\"num\">2</th><td>facilityCode</td>",
                "<th scope=\"row\" class=\"num\">3</th><td>units</td>", "name=\"row\" value=\"3\"");
        String csv = page(wholesaler.post("/uploads/errors.csv", Map.of("row", "2", "column",
                "facilityCode", "detail", "=bad")), 200);
        assertEquals("\uFEFF行,列,内容\r\n2,facilityCode,'=bad\r\n", csv);
        page = page(wholesaler.upload("/wholesaler/uploads", Map.of("kind", "orders"), "file", "orders.pdf",
                "application/pdf", new byte[] {1}), 415);
        contains(page, "CSV か xlsx のファイルを選んでください。");
    }

    @Test
    void aSupplyIsSavedIntoAPlanOfEachCustomersQuotaAndItsRefusalStandsBesideItsField() {
        // a period from today: the purchases of the last weeks are the recent ones its therapy floors protect
        Map<String, String> supply = new HashMap<>(Map.of("yjCode", YJ, "periodStart", TODAY.toString(),
                "periodEnd", TODAY.plusDays(29).toString(), "unit", "錠"));
        supply.put("supplyUnits", "たくさん");
        String page = page(wholesaler.post("/wholesaler/uploads/supply", supply), 400);
        contains(page, "id=\"err-supplyUnits\"", "value=\"たくさん\"",
                "aria-invalid=\"true\" aria-describedby=\"err-supplyUnits\"");

        supply.put("supplyUnits", "1,000");
        HttpResponse<String> plans = wholesaler.post("/wholesaler/uploads/supply", supply);
        assertTrue(plans.uri().toString().endsWith("/wholesaler/allocations?supplied=" + YJ), plans.uri()::toString);
        page = page(plans, 200);
        contains(page, YJ + " の供給量を登録しました。", "id=\"plan-" + YJ + "\"", TOKYO, OSAKA, "新規", "data-chart=\"",
                "<dt>基準期間</dt><dd>" + (TODAY.getYear() - 1) + "年" + ((TODAY.getMonthValue() - 1) / 3 * 3 + 1)
                        + "月1日 – ",
                "出荷済み", "href=\"/wholesaler/map/" + INGREDIENT_KEY + "\"");
        List<Map<String, Object>> lines = as(DemoRealm.WHOLESALER, LocalStack.WHOLESALER_ALLOCATION)
                .get("/api/v1/wholesalers/{w}/allocations", DemoRealm.WHOLESALER.org()).then().statusCode(200)
                .extract().path("findAll { it.yjCode == '" + YJ + "' }");
        assertEquals(2, lines.size(), lines::toString);
        for (Map<String, Object> line : lines) {
            contains(page, "<td class=\"num\"><strong>" + line.get("quotaUnits") + "</strong></td>");
        }

        // the hospital is told in its own language, and led to its quota
        PortalSession hospital = new PortalSession(PortalSystem.portal());
        page(hospital.signIn(DemoRealm.HOSPITAL, "/me/alerts"), 200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
            String alerts = page(hospital.get("/me/alerts"), 200);
            contains(alerts, "卸売業者 " + PortalSystem.WHOLESALER_NAME + "［" + DemoRealm.WHOLESALER.org() + "］が",
                    "［" + YJ + "］の", "の割当を決めました。", "<a href=\"/me/quotas\">自施設への割当数量を見る</a>");
            assertFalse(alerts.contains(" allocated ") || alerts.contains("Sign of maldistribution"),
                    "no English on the Japanese page");
        });
        // the wholesaler named as allocation's registry names it, in English too
        contains(page(hospital.get("/me/alerts", "en"), 200), "Wholesaler " + PortalSystem.WHOLESALER_NAME + " ["
                + DemoRealm.WHOLESALER.org() + "] allocated ");
        // where its quota reads the product and the wholesaler by name, each with its code
        contains(page(hospital.get("/me/quotas"), 200), ">" + PRODUCT_NAME + "［" + YJ + "］</a>",
                "卸売業者：" + PortalSystem.WHOLESALER_NAME + "［" + DemoRealm.WHOLESALER.org() + "］");
        contains(page(hospital.get("/me/quotas", "en"), 200), ">" + PRODUCT_NAME + " [" + YJ + "]</a>",
                "Wholesaler: " + PortalSystem.WHOLESALER_NAME + " [" + DemoRealm.WHOLESALER.org() + "]");
    }

    @Test
    void theOrderSurgeIsFoundWithItsAdviceAndTheFindingsNarrowToAProduct() {
        String finding = surge(page(wholesaler.get("/wholesaler/findings"), 200));
        contains(finding, "発注急増", PRODUCT_NAME, TOKYO, "東京", "対応の目安", "割当の範囲で出荷し",
                "この期間の目安の上限：308", "href=\"/wholesaler/map/" + INGREDIENT_KEY + "?view=findings\"");
        String page = page(wholesaler.get("/wholesaler/findings?q=" + YJ), 200);
        contains(surge(page), "この期間の目安の上限：308");
        contains(page, "<option value=\"" + YJ + "\" selected>");
        contains(page, ">" + PRODUCT_NAME + "［" + YJ + "］</option>");
        assertFalse(page(wholesaler.get("/wholesaler/findings?q=1149019"), 200).contains(FINDING_HEAD),
                "narrowed to another ingredient");
        contains(page, ">成分：" + NAMED_INGREDIENT + "（同じ成分のすべての製品）</option>");
        String english = page(wholesaler.get("/wholesaler/findings", "en"), 200);
        contains(surge(english), "Guideline cap for this period: 308");
        contains(english, ">Ingredient: " + INGREDIENT_NAME + " [" + INGREDIENT_KEY + "] (all its products)</option>");
    }

    /** How a finding about the product begins its heading. */
    private static final String FINDING_HEAD = "<span class=\"meta\">" + YJ + "</span></h2>";

    /** The product's order surge: the page from its list item up to the next finding's. */
    private static String surge(String page) {
        for (String item : page.split("<li class=\"finding ")) {
            if (item.startsWith("rule-ORDER_SURGE") && item.contains(FINDING_HEAD)) {
                return item;
            }
        }
        throw new AssertionError("no order surge of " + YJ + " on the page:\n" + page);
    }

    @Test
    void theMapColoursEachPrefectureByDaysOfSupplyOrByFindings() {
        String page = page(wholesaler.get("/wholesaler/map/" + INGREDIENT_KEY), 200);
        contains(page, INGREDIENT_NAME + "の全国の状況", "<p>成分：" + NAMED_INGREDIENT + "。",
                "<tr id=\"pref-13\" data-band=\"7〜14日\">",
                "<tr id=\"pref-27\" data-band=\"30日以上\">", "<tr id=\"pref-01\" data-band=\"データなし\">",
                "data-chart=\"", "<td class=\"num\">6500</td><td class=\"num\">2800</td>",
                "<td class=\"num\">—</td><td class=\"num\">—</td>",
                "<td class=\"num\">50000mL / 100錠</td><td class=\"num\">10000mL / 1000錠</td>");
        HttpResponse<String> findings = wholesaler.get("/wholesaler/map?code=" + YJ + "&view=findings");
        assertTrue(findings.uri().toString().endsWith("/wholesaler/map/" + INGREDIENT_KEY + "?view=findings"),
                findings.uri()::toString);
        contains(page(findings, 200), "<tr id=\"pref-13\" data-band=\"1件\">", "<tr id=\"pref-27\" data-band=\"0件\">",
                "aria-current=\"true\">偏在の兆候の件数");
        HttpResponse<String> typed = wholesaler.get("/wholesaler/map?code=a%2Fb%3F");
        assertTrue(typed.uri().toString().endsWith("/wholesaler/map/A%2FB%3F?view=days"), typed.uri()::toString);
        page(typed, 400);
    }

    @Test
    void aPharmacyIsNotOfferedAWholesalersPagesAndTheServiceRefusesThem() {
        PortalSession pharmacy = pharmacyOfferedNo("/wholesaler/");
        for (String path : List.of("/wholesaler/findings", "/wholesaler/allocations", "/wholesaler/map/" + INGREDIENT_KEY)) {
            contains(page(pharmacy.get(path), 403), "この操作の権限がありません。");
        }
        contains(page(orders(pharmacy, "P-5," + TOKYO + "," + YJ + "," + TODAY + ",10,錠\n"), 403),
                "この操作の権限がありません。");
    }
}
