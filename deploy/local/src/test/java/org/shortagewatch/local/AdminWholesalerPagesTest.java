package org.shortagewatch.local;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.local.PortalPagesTest.closedWithoutSignIn;
import static org.shortagewatch.local.PortalPagesTest.contains;
import static org.shortagewatch.local.PortalPagesTest.page;
import static org.shortagewatch.local.PortalPagesTest.pharmacyOfferedNo;
import static org.shortagewatch.local.PortalSystem.as;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shortagewatch.infra.DemoRealm;

/**
 * The operator's pages of wholesalers by name, as a browser receives them from wholesaler-allocation's real registry
 * on the system of {@link PortalSystem}, signed in as the admin through Keycloak's login page with a one-time code:
 * the demo wholesaler listed by its name in both languages; a wholesaler registered, then renamed, each confirmed on
 * the list and kept by the service; a malformed code, an empty name and no code at all refused beside their fields,
 * the form shown again as typed, in the page's language; the pages closed without sign-in, not offered to a pharmacy
 * and refused to it, and its change refused by the service.
 */
@org.junit.jupiter.api.extension.ExtendWith(PortalSystem.class)
class AdminWholesalerPagesTest {

    /** A wholesaler the admin registers through the form and renames, and one whose registration is refused. */
    static final String REGISTERED = "WHS-PAGES1";
    static final String REFUSED = "WHS-PAGES2";
    static final String DEMO = DemoRealm.WHOLESALER.org();

    private static PortalSession admin;

    /** The admin signs in on the way to the list, with the one-time code, and lands on it. */
    @BeforeAll
    static void signIn() {
        admin = new PortalSession(PortalSystem.portal());
        contains(page(admin.signIn(DemoRealm.ADMIN, "/admin/wholesalers", PortalSystem.stack().keycloak()::totpCode),
                200), "<h1>卸売業者</h1>");
    }

    /** The wholesaler's name in allocation's registry, as anyone reads it. */
    private static void registeredAs(String code, String name) {
        as(DemoRealm.ADMIN, LocalStack.WHOLESALER_ALLOCATION).get("/api/v1/wholesalers/{code}", code).then()
                .statusCode(200).body("name", equalTo(name));
    }

    @Test
    void theListShowsTheDemoWholesalerByItsNameInJapaneseAndInEnglishFromTheOperatorsHomeAndMenu() {
        contains(page(admin.get("/admin"), 200), "<a href=\"/admin/wholesalers\" >卸売業者</a>",
                "<a href=\"/admin/wholesalers\"><span>卸売業者</span>", "卸売業者をコードと名前で登録し、名前を変更します。");
        String page = page(admin.get("/admin/wholesalers"), 200);
        contains(page, "<title>卸売業者 | Shortage Watch</title>", "<h1>卸売業者</h1>",
                "<a href=\"/admin/wholesalers\" aria-current=\"page\">卸売業者</a>",
                "<th scope=\"col\">卸売業者名</th><th scope=\"col\">卸売業者コード</th>",
                "<th scope=\"row\">" + PortalSystem.WHOLESALER_NAME + "</th>", "<td>" + DEMO + "</td>",
                "href=\"/admin/wholesalers/" + DEMO + "/rename\"",
                "aria-label=\"" + PortalSystem.WHOLESALER_NAME + "の名前を変更\"",
                "<a class=\"button\" href=\"/admin/wholesalers/new\">卸売業者を登録する</a>");
        contains(page(admin.get("/admin/wholesalers?lang=en"), 200), "<title>Wholesalers | Shortage Watch</title>",
                "<th scope=\"col\">Wholesaler name</th>", "<th scope=\"row\">" + PortalSystem.WHOLESALER_NAME + "</th>",
                "Register a wholesaler", "Rename " + PortalSystem.WHOLESALER_NAME);
    }

    @Test
    void aWholesalerRegisteredThenRenamedIsConfirmedOnTheListByItsNameEachTime() {
        contains(page(admin.get("/admin/wholesalers/new"), 200), "<h1>卸売業者の登録</h1>", "id=\"code\" name=\"code\"",
                "id=\"name\" name=\"name\"", "例：WHS001");
        HttpResponse<String> registered = admin.post("/admin/wholesalers",
                Map.of("code", " whs-pages1 ", "name", "　ページ確認薬品株式会社 "));
        assertTrue(registered.uri().toString().endsWith("/admin/wholesalers?registered=" + REGISTERED),
                registered.uri()::toString);
        contains(page(registered, 200), "ページ確認薬品株式会社［" + REGISTERED + "］を登録しました。",
                "<th scope=\"row\">ページ確認薬品株式会社</th>", "<td>" + REGISTERED + "</td>");
        registeredAs(REGISTERED, "ページ確認薬品株式会社");

        String form = page(admin.get("/admin/wholesalers/" + REGISTERED + "/rename"), 200);
        contains(form, "<h1>卸売業者名の変更</h1>", "<dd>" + REGISTERED + "</dd>",
                "name=\"code\" value=\"" + REGISTERED + "\"", "value=\"ページ確認薬品株式会社\"", "コードは変えられません");
        HttpResponse<String> renamed = admin.post("/admin/wholesalers",
                Map.of("code", REGISTERED, "name", "株式会社ページ確認薬品", "renaming", "true"));
        assertTrue(renamed.uri().toString().endsWith("/admin/wholesalers?renamed=" + REGISTERED),
                renamed.uri()::toString);
        contains(page(renamed, 200), "株式会社ページ確認薬品［" + REGISTERED + "］の名前を保存しました。",
                "<th scope=\"row\">株式会社ページ確認薬品</th>");
        registeredAs(REGISTERED, "株式会社ページ確認薬品");
        contains(page(admin.get("/admin/wholesalers?renamed=" + REGISTERED + "&lang=en"), 200),
                "Saved the name of the wholesaler 株式会社ページ確認薬品 [" + REGISTERED + "].");
    }

    @Test
    void aRefusalIsShownBesideTheFieldItNamesWithTheFormAsTypedInThePagesLanguage() {
        String page = page(admin.post("/admin/wholesalers", Map.of("code", "whs pages", "name", "ページ確認卸")), 400);
        contains(page, "<h1>卸売業者の登録</h1>", "保存できませんでした。次の項目を確認してください。",
                "<a href=\"#code\">卸売業者コード</a>", "aria-invalid=\"true\"",
                "id=\"err-code\"><span aria-hidden=\"true\">⚠ </span>1〜64 文字の半角英数字、「_」または「-」にしてください</p>",
                "value=\"WHS PAGES\"", "value=\"ページ確認卸\"");

        page = page(admin.post("/admin/wholesalers?lang=en", Map.of("code", REFUSED, "name", " 　")), 400);
        contains(page, "<h1>Register a wholesaler</h1>", "Not saved. Please check these fields.",
                "id=\"err-name\"><span aria-hidden=\"true\">⚠ </span>must not be blank</p>",
                "value=\"" + REFUSED + "\"");
        as(DemoRealm.ADMIN, LocalStack.WHOLESALER_ALLOCATION).get("/api/v1/wholesalers/{code}", REFUSED).then()
                .statusCode(404);

        page = page(admin.post("/admin/wholesalers", Map.of("code", " ", "name", "ページ確認卸")), 400);
        contains(page, "id=\"err-code\"><span aria-hidden=\"true\">⚠ </span>卸売業者コードを入力してください。</p>",
                "value=\"ページ確認卸\"");
        page = page(admin.post("/admin/wholesalers", Map.of("code", "..", "name", "ページ確認卸")), 400);
        contains(page, "id=\"err-code\"><span aria-hidden=\"true\">⚠ </span>「.」と「..」は卸売業者コードにできません。</p>",
                "value=\"..\"");
        contains(page(admin.post("/admin/wholesalers", Map.of("code", "whs/02", "name", "ページ確認卸")), 400),
                "id=\"err-code\"><span aria-hidden=\"true\">⚠ </span>1〜64 文字の半角英数字、「_」または「-」にしてください</p>",
                "value=\"WHS/02\"");

        page = page(admin.post("/admin/wholesalers", Map.of("code", DEMO, "name", "", "renaming", "true")), 400);
        contains(page, "<h1>卸売業者名の変更</h1>", "<dd>" + DEMO + "</dd>",
                "id=\"err-name\"><span aria-hidden=\"true\">⚠ </span>空白は許可されていません</p>");
        registeredAs(DEMO, PortalSystem.WHOLESALER_NAME);
        page(admin.get("/admin/wholesalers/WHS-NONE/rename"), 404);
    }

    @Test
    void theWholesalerPagesAreTheOperatorsOnlyAndTheServiceRefusesAnotherRolesChange() {
        closedWithoutSignIn("/admin/wholesalers", "/admin/wholesalers/new", "/admin/wholesalers/" + DEMO + "/rename");
        PortalSession pharmacy = pharmacyOfferedNo("/admin/wholesalers\"");
        for (String path : new String[] {"/admin/wholesalers", "/admin/wholesalers/new",
                "/admin/wholesalers/" + DEMO + "/rename"}) {
            contains(page(pharmacy.get(path), 403), "この操作の権限がありません。");
        }
        contains(page(pharmacy.post("/admin/wholesalers",
                Map.of("code", DEMO, "name", "自称卸", "renaming", "true")), 403), "この操作の権限がありません。");
        registeredAs(DEMO, PortalSystem.WHOLESALER_NAME);
    }
}
