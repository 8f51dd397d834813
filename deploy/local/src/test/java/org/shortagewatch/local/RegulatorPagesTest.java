package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalPagesTest.closedWithoutSignIn;
import static org.shortagewatch.local.PortalPagesTest.contains;
import static org.shortagewatch.local.PortalPagesTest.page;
import static org.shortagewatch.local.PortalPagesTest.pharmacyOfferedNo;
import static org.shortagewatch.local.PortalSystem.as;
import static org.shortagewatch.local.RegulatorFigures.STALE_KEY;
import static org.shortagewatch.local.RegulatorFigures.STOPPED;
import static org.shortagewatch.local.RegulatorFigures.STOPPED_KEY;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.DemoRealm;

/**
 * The regulator's national dashboard and maldistribution map as a browser receives them, rendered from
 * manufacturer-report's and wholesaler-allocation's real answers about {@link RegulatorFigures} on the system of
 * {@link PortalSystem}, signed in as a regulator through Keycloak's login page with a one-time code: each figure with
 * its chart, its table and what it counts; an ingredient's prefectures by findings and by days of supply, found by YJ
 * code or chosen among the ingredients a name finds; the open findings of the country, facilities counted and not
 * named; an ingredient the service refuses, beside the search box in the page's language; the pages closed without
 * sign-in and refused to a pharmacy by the service. What needs JavaScript is in {@link RegulatorDashboardTest}, in
 * Chromium.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class RegulatorPagesTest {

    /** An ingredient key the portal reads as one and wholesaler-allocation refuses (its keys are seven digits). */
    static final String REFUSED_KEY = "6250ABC";
    /** The stopped product's ingredient as the pages name it, its key beside its name. */
    static final String NAMED_INGREDIENT = RegulatorFigures.INGREDIENT + "［" + STOPPED_KEY + "］";

    private static PortalSession regulator;

    @BeforeAll
    static void signIn() {
        RegulatorFigures.seed();
        regulator = new PortalSession(PortalSystem.portal());
        page(regulator.signIn(DemoRealm.REGULATOR, "/regulator/dashboard",
                PortalSystem.stack().keycloak()::totpCode), 200);
    }

    @Test
    void theRegulatorsPagesAreClosedWithoutSignIn() {
        closedWithoutSignIn("/regulator/dashboard", "/regulator/map");
    }

    @Test
    void theDashboardShowsEachFigureWithItsChartTableAndWhatItCounts() {
        String page = page(regulator.get("/regulator/dashboard"), 200);
        contains(page, "<title>全国ダッシュボード | Shortage Watch</title>",
                "href=\"/regulator/dashboard\" aria-current=\"page\"", "href=\"/regulator/map\"",
                "id=\"weekly-table\"", "<span class=\"meta\">" + lastWeek() + "</span>", "① 通常出荷",
                "id=\"by-reason-table\"", "品質トラブル", "限定出荷（②〜④）",
                "id=\"by-category-table\"", "後発品",
                "供給停止（⑤）の品目" + products(Map.of("shipmentResponse", "STOPPED")) + "件のうち",
                "id=\"stopped-table\"", RegulatorFigures.STOPPED_NAME,
                "確認期限", "：" + products(Map.of("stale", "true")) + "件", "id=\"stale-table\"",
                RegulatorFigures.STALE_NAME,
                "id=\"unannounced-table\"", "① 通常出荷 → ⑤ 供給停止", "data-chart=");
        assertTrue(section(page, "unannounced-table").contains(RegulatorFigures.STOPPED_NAME), page);
        // its maker by name, the code beneath
        assertTrue(section(page, "unannounced-table").contains(PortalSystem.makerName(DemoRealm.MANUFACTURER)
                + "<br><span class=\"meta\">" + DemoRealm.MANUFACTURER.org() + "</span>"), page);
        assertFalse(section(page, "stopped-table").contains(RegulatorFigures.STALE_NAME), "limited, not stopped");
    }

    @Test
    void aPharmacyIsRefusedByTheServiceAndOfferedNoRegulatorMenu() {
        PortalSession pharmacy = pharmacyOfferedNo("/regulator/");
        // manufacturer-report answers its unannounced changes to the regulator only: to anyone else they do not exist
        String page = page(pharmacy.get("/regulator/dashboard"), 404);
        contains(page, "class=\"problem\" role=\"alert\"");
        assertFalse(page.contains("href=\"/regulator/map\""), "no regulator's menu");
        assertFalse(page.contains(RegulatorFigures.STOPPED_NAME), "no figure of the regulator's");
    }

    @Test
    void theMapColoursAnIngredientsPrefecturesAndListsTheOpenFindingsWithoutNamingFacilities() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> findings = as(DemoRealm.REGULATOR, LocalStack.WHOLESALER_ALLOCATION)
                    .get("/api/v1/findings?limit=50").then().statusCode(200).extract().path("$");
            String page = page(regulator.get("/regulator/map?ingredient=" + STOPPED_KEY + "&view=findings"), 200);
            contains(page, "<title>偏在マップ | Shortage Watch</title>", "成分：" + NAMED_INGREDIENT,
                    "id=\"prefecture-map-table\"", "都道府県別の未解決の偏在の兆候",
                    "東京</th><td class=\"num\">1件</td>", "沖縄</th><td class=\"num\">0件</td>",
                    "全成分の未解決の兆候" + findings.get("total") + "件のうち", "発注急増",
                    "1施設（施設名は示しません）", clusterSummary(findings),
                    "<a href=\"/regulator/map?ingredient=" + STOPPED_KEY + "\">" + NAMED_INGREDIENT + "</a>");
            assertFalse(page.contains(DemoRealm.HOSPITAL.org()), "the facility of the order surge is not named");
        });
        contains(page(regulator.get("/regulator/map?ingredient=" + STOPPED_KEY), 200), "都道府県別の在庫日数",
                "東京</th><td class=\"num\">30.0日</td>", "沖縄</th><td class=\"num\">—</td>");
        contains(page(regulator.get("/regulator/map?ingredient=" + STOPPED_KEY + "&lang=en"), 200),
                "Ingredient: " + RegulatorFigures.INGREDIENT + " [" + STOPPED_KEY + "]");
        contains(page(regulator.get("/regulator/map?q=" + STOPPED), 200), "成分：" + NAMED_INGREDIENT);
        contains(page(regulator.get("/regulator/map?q=" + RegulatorFigures.INGREDIENT), 200), "該当する成分",
                "href=\"/regulator/map?ingredient=" + STOPPED_KEY + "&amp;view=days\"",
                "href=\"/regulator/map?ingredient=" + STALE_KEY + "&amp;view=days\"");
    }

    @Test
    void aRefusedIngredientIsShownBesideTheSearchBoxInThePagesLanguage() {
        String page = page(regulator.get("/regulator/map?q=" + REFUSED_KEY), 400);
        contains(page, "aria-invalid=\"true\"", "id=\"err-ingredientKey\"><span aria-hidden=\"true\">⚠ </span>"
                + refusal("ja"), "全国の未解決の偏在の兆候");
        contains(page(regulator.get("/regulator/map?q=" + REFUSED_KEY + "&lang=en"), 400), "Maldistribution map",
                "id=\"err-ingredientKey\"><span aria-hidden=\"true\">⚠ </span>" + refusal("en"));
    }

    /** The label of the last week the dashboard's trend shows, as manufacturer-report counts the weeks. */
    private static String lastWeek() {
        List<String> weeks = as(DemoRealm.REGULATOR, LocalStack.MANUFACTURER_REPORT)
                .queryParam("from", WholesalerData.TODAY.minusWeeks(12).toString())
                .queryParam("to", WholesalerData.TODAY.toString())
                .get("/api/v1/aggregates/weekly").then().statusCode(200).extract().path("weeks.week");
        return weeks.get(weeks.size() - 1);
    }

    /** How many products manufacturer-report finds with these parameters today. */
    private static Object products(Map<String, String> query) {
        return as(DemoRealm.REGULATOR, LocalStack.MANUFACTURER_REPORT).queryParams(query).queryParam("size", 1)
                .get("/api/v1/products").then().statusCode(200).extract().path("totalItems");
    }

    /** What wholesaler-allocation says of the three facilities of Tokyo that cannot obtain the stopped product. */
    @SuppressWarnings("unchecked")
    private static String clusterSummary(Map<String, Object> findings) {
        for (Map<String, Object> item : (List<Map<String, Object>>) findings.get("items")) {
            Map<String, Object> finding = (Map<String, Object>) item.get("finding");
            if (STOPPED_KEY.equals(item.get("ingredientKey")) && "CANNOT_OBTAIN_CLUSTER".equals(finding.get("rule"))) {
                return (String) finding.get("summaryJa");
            }
        }
        throw new AssertionError("no cluster of " + STOPPED_KEY + " among " + findings);
    }

    /** wholesaler-allocation's refusal of the key, in {@code language}. */
    private static String refusal(String language) {
        return as(DemoRealm.REGULATOR, LocalStack.WHOLESALER_ALLOCATION).header("Accept-Language", language)
                .get("/api/v1/ingredients/{key}/prefectures", REFUSED_KEY).then().statusCode(400).extract()
                .path("errors[0].detail");
    }

    /** The page from the table with this id to the end of that table. */
    private static String section(String page, String table) {
        int start = page.indexOf("id=\"" + table + "\"");
        assertTrue(start >= 0, () -> "no table " + table + ":\n" + page);
        return page.substring(start, page.indexOf("</table>", start));
    }
}
