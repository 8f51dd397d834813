package org.shortagewatch.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shortagewatch.portal.client.RegulatorAllocationClient;
import org.shortagewatch.portal.client.DashboardApi;
import org.shortagewatch.portal.client.RegulatorReportClient;
import org.shortagewatch.portal.client.ReportApi;
import org.shortagewatch.portal.client.WholesalerApi;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.mutiny.Uni;

/**
 * The regulator's dashboard and map with the services' answers given by stand-ins (what the services answer is their
 * own tests' business; the whole system is tried in deploy/local's RegulatorDashboardTest): each page shows the
 * figures with their charts and tables, and a service's refusal, in the page's language, where it belongs.
 */
@QuarkusTest
class RegulatorPagesTest {

    static final String STOPPED = "2223001F1050";
    static final String KEY = "2223001";

    /** A problem+json refusal as a service answers it. */
    static WebApplicationException refusal(int status, String field, String detail) {
        String body = field == null ? "{\"status\":" + status + ",\"detail\":\"" + detail + "\"}"
                : "{\"status\":" + status + ",\"detail\":\"" + detail + "\",\"errors\":[{\"field\":\"" + field
                        + "\",\"detail\":\"" + detail + "\"}]}";
        return new WebApplicationException(Response.status(status).type("application/problem+json").entity(body).build());
    }

    static ReportApi.StatusChange status(String response, String reason, LocalDate effective) {
        return new ReportApi.StatusChange(1, STOPPED, 1, response, null, reason, "品質トラブル", effective, null, null,
                "ACTUAL", null, null, null, null, null, null, null, null, null);
    }

    /**
     * A stand-in for a REST client: each call goes to the method of the same name of {@code target}. (A class that
     * implemented the client's interface would be served as a resource itself: the interface carries {@code @Path}.)
     */
    static <T> T standIn(Class<T> client, Object target) {
        return client.cast(java.lang.reflect.Proxy.newProxyInstance(client.getClassLoader(), new Class<?>[] {client},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(target, args);
                    }
                    java.lang.reflect.Method m = target.getClass().getDeclaredMethod(method.getName(),
                            method.getParameterTypes());
                    m.setAccessible(true);
                    return m.invoke(target, args);
                }));
    }

    /** manufacturer-report as a regulator sees it; {@code unannounced} refuses when {@code refuse} is set. */
    static class Report {
        RuntimeException refuse;

        public Uni<DashboardApi.Weekly> weekly(String from, String to) {
            return Uni.createFrom().item(new DashboardApi.Weekly(null, null, List.of(
                    new DashboardApi.Week("2026-W48", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29), 90, 4, 3, 2, 1, 100),
                    new DashboardApi.Week("2026-W49", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6), 88, 5, 3, 2, 2, 100))));
        }

        public Uni<DashboardApi.Reasons> reasons(String asOf) {
            return Uni.createFrom().item(new DashboardApi.Reasons(null, List.of(
                    new DashboardApi.ReasonLine("QUALITY_TROUBLE", 4, "品質トラブル", 6, 2),
                    new DashboardApi.ReasonLine(null, null, "理由の記載なし", 0, 0)),
                    new DashboardApi.ReasonLine(null, null, "合計", 6, 2)));
        }

        public Uni<ReportApi.Aggregates> aggregates(String asOf) {
            ReportApi.CategoryLine generic = new ReportApi.CategoryLine("GENERIC", "後発品", 3, 2, 1, 6, 2);
            return Uni.createFrom().item(new ReportApi.Aggregates(null, List.of(), 100, List.of(generic), generic));
        }

        public Uni<DashboardApi.ProductLinePage> products(String shipmentResponse, Boolean stale, String sort, int page,
                int size) {
            DashboardApi.ProductLine p = new DashboardApi.ProductLine(STOPPED, stale == null ? "停止錠15mg" : "期限切れ錠",
                    "成分", KEY, "MFR001", "第一製薬", status("STOPPED", "QUALITY_TROUBLE", LocalDate.of(2026, 12, 1)),
                    java.time.Instant.parse("2026-10-01T00:00:00Z"), stale);
            return Uni.createFrom().item(new DashboardApi.ProductLinePage(List.of(p), 1, size, stale == null ? 7 : 3));
        }

        public Uni<DashboardApi.ProductLinePage> search(String q, int page, int size) {
            return Uni.createFrom().item(new DashboardApi.ProductLinePage(List.of(
                    new DashboardApi.ProductLine(STOPPED, "メジコン錠15mg", "デキストロメトルファン", KEY, "MFR001", null, null, null, null),
                    new DashboardApi.ProductLine("2223002F1010", "別成分錠", "デキストロメトルファン類似", "2223002", "MFR002", null, null, null, null)),
                    1, size, 2));
        }

        public Uni<DashboardApi.Unannounced> unannounced(String from, String to) {
            if (refuse != null) {
                return Uni.createFrom().failure(refuse);
            }
            return Uni.createFrom().item(new DashboardApi.Unannounced(null, null, 180, List.of(
                    new DashboardApi.UnannouncedChange(9, STOPPED, "不意停止錠", "MFR001", "NORMAL", "STOPPED",
                            LocalDate.of(2026, 12, 1))), List.of()));
        }
    }

    /** wholesaler-allocation as a regulator sees it: Tokyo with stock and a finding; key 9999999 refused. */
    static class Allocation {
        public Uni<WholesalerApi.IngredientMap> map(String language, String ingredientKey) {
            if (!ingredientKey.equals(KEY)) {
                return Uni.createFrom().failure(refusal(400, "map.ingredientKey",
                        "en".equals(language) ? "no such ingredient key" : "成分コード " + ingredientKey + " はありません"));
            }
            Map<String, WholesalerApi.PrefectureView> prefectures = new LinkedHashMap<>();
            prefectures.put("13", new WholesalerApi.PrefectureView("13", 300, 280, 30.0, List.of(
                    new WholesalerApi.FindingSummary(UUID.randomUUID(), "ORDER_SURGE", "13", STOPPED, 1))));
            prefectures.put("47", new WholesalerApi.PrefectureView("47", 0, 0, null, List.of()));
            return Uni.createFrom().item(new WholesalerApi.IngredientMap(KEY, LocalDate.of(2026, 12, 4),
                    LocalDate.of(2026, 11, 7), LocalDate.of(2026, 12, 4), prefectures, List.of()));
        }

        public Uni<DashboardApi.OpenFindings> openFindings(int limit) {
            return Uni.createFrom().item(new DashboardApi.OpenFindings(12, List.of(
                    new DashboardApi.NationalFinding(KEY, OffsetDateTime.parse("2026-12-04T01:00:00Z"), finding()),
                    new DashboardApi.NationalFinding(KEY, OffsetDateTime.parse("2026-12-03T01:00:00Z"),
                            new DashboardApi.Finding(UUID.randomUUID(), "CANNOT_OBTAIN_CLUSTER", "13", null, 1,
                                    "東京都で入手困難報告が集中しています", "Cannot-obtain reports cluster in Tokyo", 3)))));
        }

        static DashboardApi.Finding finding() {
            return new DashboardApi.Finding(UUID.randomUUID(), "ORDER_SURGE", "13", STOPPED, 1, null, null, 1);
        }
    }

    Report report;

    @BeforeEach
    void standIns() {
        report = new Report();
        QuarkusMock.installMockForType(standIn(RegulatorReportClient.class, report), RegulatorReportClient.class,
                RestClient.LITERAL);
        QuarkusMock.installMockForType(standIn(RegulatorAllocationClient.class, new Allocation()),
                RegulatorAllocationClient.class, RestClient.LITERAL);
    }

    @Test
    void theRegulatorsPagesAreClosedWithoutSignIn() {
        given().get("/regulator/dashboard").then().statusCode(401);
        given().get("/regulator/map").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    @OidcSecurity(claims = @Claim(key = "org", value = "MHLW"))
    void theDashboardShowsEachFigureWithItsChartTableAndWhatItCounts() {
        given().get("/regulator/dashboard").then().statusCode(200).body(allOf(
                containsString("<title>全国ダッシュボード | Shortage Watch</title>"),
                containsString("href=\"/regulator/dashboard\" aria-current=\"page\""),
                containsString("href=\"/regulator/map\""),
                containsString("id=\"weekly-table\""), containsString("2026-W49"),
                containsString("① 通常出荷"), containsString("品質トラブル"), containsString("限定出荷（②〜④）"),
                containsString("id=\"by-category-table\""), containsString("後発品"),
                containsString("供給停止（⑤）の品目 7 件のうち"), containsString("停止錠15mg"),
                containsString("確認期限"), containsString(": 3 件"), containsString("期限切れ錠"),
                containsString("不意停止錠"), containsString("① 通常出荷 → ⑤ 供給停止"),
                containsString("data-chart=")));
    }

    @Test
    @TestSecurity(user = "pharmacy", roles = "facility")
    @OidcSecurity(claims = @Claim(key = "org", value = "1341234563"))
    void anotherRoleIsRefusedByTheServiceAndOfferedNoRegulatorMenu() {
        report.refuse = refusal(404, null, "見つかりません");
        given().get("/regulator/dashboard").then().statusCode(404).body(allOf(
                containsString("class=\"problem\" role=\"alert\""), not(containsString("href=\"/regulator/map\"")),
                not(containsString("不意停止錠"))));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    @OidcSecurity(claims = @Claim(key = "org", value = "MHLW"))
    void theMapColoursAnIngredientsPrefecturesAndListsTheOpenFindingsWithoutNamingFacilities() {
        given().get("/regulator/map?ingredient=" + KEY + "&view=findings").then().statusCode(200).body(allOf(
                containsString("<title>偏在マップ | Shortage Watch</title>"),
                containsString("成分コード " + KEY), containsString("id=\"prefecture-map-table\""),
                containsString("都道府県別の未解決の偏在の兆候"), containsString("東京</th><td class=\"num\">1件</td>"),
                containsString("沖縄</th><td class=\"num\">0件</td>"),
                containsString("全成分の未解決の兆候 12 件のうち"), containsString("発注急増"),
                containsString("1 施設（施設名は示しません）"), containsString("東京都で入手困難報告が集中しています")));
        given().get("/regulator/map?ingredient=" + KEY).then().statusCode(200).body(allOf(
                containsString("都道府県別の在庫日数"), containsString("東京</th><td class=\"num\">30.0日</td>"),
                containsString("沖縄</th><td class=\"num\">—</td>")));
        given().get("/regulator/map?q=" + STOPPED).then().statusCode(200).body(containsString("成分コード " + KEY));
        given().get("/regulator/map?q=デキストロ").then().statusCode(200).body(allOf(
                containsString("該当する成分"), containsString("href=\"/regulator/map?ingredient=2223002&amp;view=days\"")));
    }

    @Test
    @TestSecurity(user = "regulator", roles = "regulator")
    @OidcSecurity(claims = @Claim(key = "org", value = "MHLW"))
    void aRefusedIngredientIsShownBesideTheSearchBoxInThePagesLanguage() {
        given().get("/regulator/map?q=9999999").then().statusCode(400).body(allOf(
                containsString("aria-invalid=\"true\""),
                containsString("id=\"err-ingredientKey\"><span aria-hidden=\"true\">⚠ </span>成分コード 9999999 はありません"),
                containsString("全国の未解決の偏在の兆候")));
        given().get("/regulator/map?q=9999999&lang=en").then().statusCode(400).body(allOf(
                containsString("Maldistribution map"), containsString("no such ingredient key")));
    }
}
