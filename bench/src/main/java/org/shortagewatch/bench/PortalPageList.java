package org.shortagewatch.bench;

import static org.shortagewatch.bench.PortalPage.Call.open;
import static org.shortagewatch.bench.PortalPage.Call.signed;
import static org.shortagewatch.bench.PortalPage.Service.ALLOCATION;
import static org.shortagewatch.bench.PortalPage.Service.NOTIFICATION;
import static org.shortagewatch.bench.PortalPage.Service.REPORT;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.shortagewatch.infra.DemoRealm;

/**
 * The pages of scenario (f), role by role (services/portal/README.md's table), each with the service calls the
 * portal makes for it (its resources and clients: the same paths, query parameters and page sizes), reading the
 * seeded data. Every page the portal's resources answer with a GET is here but those that only redirect
 * ({@code /login}, {@code /lang/…}, {@code /wholesaler/map?code=}, {@code /admin/products/new}), the alert stream and
 * the search form before a search ({@code /products} without {@code q}, which calls nothing); form posts are not
 * pages. One service's audit trail is measured for manufacturer-report's (the other two are the same page).
 */
final class PortalPageList {

    private static final String NAME = "ベンチ錠5mg「ベンチ1」"; // one brand of one strength: one product in a hundred
    private static final String MAKER = DemoRealm.MANUFACTURER.org();
    private static final String WHOLESALER = DemoRealm.WHOLESALER.org();

    private PortalPageList() {
    }

    /** The public pages and the pharmacy's, as before: their keys are the earlier runs'. */
    static List<PortalPage> pharmacy(int rows, String notice) {
        String pharmacy = PortalData.PHARMACY;
        String yj = PortalData.product(rows);
        String ingredient = PortalData.ingredient(rows);
        String q = enc(NAME);
        String day = today().toString();
        StringBuilder followed = new StringBuilder();
        PortalData.followedProducts(rows).forEach(code -> followed.append("&yj=").append(code));
        return List.of(
                new PortalPage("home", "home /", "/", false, List.of()),
                new PortalPage("search.name", "search by name", "/products?q=" + q, false,
                        List.of(open(REPORT, "/api/v1/products?q=" + q + "&page=1&size=20"))),
                new PortalPage("search.ingredient", "search by ingredient code", "/products?q=" + ingredient, false,
                        List.of(open(REPORT, "/api/v1/products?q=" + ingredient + "&page=1&size=20"))),
                new PortalPage("product", "product with alternatives", "/products/" + yj, false,
                        List.of(open(REPORT, "/api/v1/products/" + yj + "/alternatives?asOf=" + day),
                                open(REPORT, "/api/v1/products/" + yj + "/status?asOf=" + day))),
                new PortalPage("situation", "national situation", "/situation", false,
                        List.of(open(REPORT, "/api/v1/aggregates?asOf=" + day))),
                new PortalPage("notices", "notices", "/notices", false,
                        List.of(open(NOTIFICATION, "/api/v1/notices?limit=100"))),
                new PortalPage("notice", "one notice", "/notices/" + notice, false,
                        List.of(open(NOTIFICATION, "/api/v1/notices/" + notice))),
                new PortalPage("notice.print", "one notice, printable", "/notices/" + notice + "/print", false,
                        List.of(open(NOTIFICATION, "/api/v1/notices/" + notice + "/rendering?format=print").html())),
                new PortalPage("me", "my facility", "/me", true,
                        List.of(signed(NOTIFICATION, "/api/v1/facilities/" + pharmacy))),
                new PortalPage("watchlist", "my watch list", "/me/watchlist", true,
                        List.of(signed(NOTIFICATION, "/api/v1/subscriptions?facility=" + pharmacy),
                                open(REPORT, "/api/v1/products?size=20" + followed),
                                open(REPORT, "/api/v1/products?q=" + ingredient + "&page=1&size=1"))),
                new PortalPage("alerts", "my alerts", "/me/alerts", true,
                        List.of(signed(NOTIFICATION, "/api/v1/inbox/" + pharmacy + "?unread=false&limit=100")),
                        " (the page also names the products, in one more)"),
                new PortalPage("mynotices", "notices to me", "/me/notices", true,
                        List.of(signed(NOTIFICATION, "/api/v1/inbox/" + pharmacy + "?unread=false&limit=200"))),
                new PortalPage("quotas", "my quotas", "/me/quotas", true,
                        List.of(signed(ALLOCATION, "/api/v1/facilities/" + pharmacy + "/quotas"))));
    }

    /** The manufacturer's pages (MFR001, the maker of the national list). */
    static List<PortalPage> manufacturer(int rows, PortalRoleData.Maker jobs, List<String> history) {
        String mine = "/api/v1/products?manufacturer=" + MAKER;
        String yj = PortalData.product(rows);
        String q = enc(NAME);
        List<PortalPage.Call> histories = named(open(REPORT, "/api/v1/status-changes?manufacturer=" + MAKER
                + "&limit=50"), history);
        return List.of(
                new PortalPage("maker.products", "my products", "/maker/products", true,
                        List.of(signed(REPORT, mine + "&page=1&size=20"))),
                new PortalPage("maker.search", "my products by name", "/maker/products?q=" + q, true,
                        List.of(signed(REPORT, mine + "&q=" + q + "&page=1&size=20"))),
                new PortalPage("maker.form", "status form", "/maker/products/" + yj + "/report", true,
                        List.of(open(REPORT, "/api/v1/products?yj=" + yj + "&size=1"))),
                new PortalPage("maker.uploads", "uploads", "/maker/uploads", true,
                        List.of(signed(REPORT, "/api/v1/bulk-jobs?page=1&size=20"))),
                new PortalPage("maker.upload", "the national list's upload", "/maker/uploads/" + jobs.statusJob(), true,
                        List.of(signed(REPORT, "/api/v1/bulk-jobs/" + jobs.statusJob()))),
                new PortalPage("maker.upload.progress", "an upload's progress (htmx)",
                        "/maker/uploads/" + jobs.statusJob() + "/progress", true,
                        List.of(signed(REPORT, "/api/v1/bulk-jobs/" + jobs.statusJob()))),
                new PortalPage("maker.upload.errors", "an upload with row errors", "/maker/uploads/" + jobs.errorsJob(),
                        true, List.of(signed(REPORT, "/api/v1/bulk-jobs/" + jobs.errorsJob()))),
                new PortalPage("maker.upload.csv", "its row errors as CSV",
                        "/maker/uploads/" + jobs.errorsJob() + "/errors.csv", true,
                        List.of(signed(REPORT, "/api/v1/bulk-jobs/" + jobs.errorsJob()))),
                new PortalPage("maker.history", "recent changes", "/maker/history", true, histories),
                new PortalPage("maker.scorecard", "scorecard", "/maker/scorecard", true,
                        List.of(signed(REPORT, "/api/v1/scorecard?manufacturer=" + MAKER))),
                new PortalPage("maker.apikeys", "API keys", "/maker/api-keys", true,
                        List.of(signed(REPORT, "/api/v1/api-keys"))));
    }

    /** The wholesaler's pages (WHS001, with the seeded customers' records, finding and plan). */
    static List<PortalPage> wholesaler(PortalRoleData.Wholesaler seeded) {
        String base = "/api/v1/wholesalers/" + WHOLESALER;
        String map = "/api/v1/ingredients/" + seeded.ingredient() + "/prefectures";
        PortalPage.Call ingredientName = open(REPORT, "/api/v1/products?q=" + seeded.ingredient() + "&page=1&size=1");
        return List.of(
                new PortalPage("wholesaler.uploads", "uploads and supply", "/wholesaler/uploads", true, List.of()),
                new PortalPage("wholesaler.findings", "findings", "/wholesaler/findings", true,
                        named(signed(ALLOCATION, base + "/findings"), seeded.findingProducts())),
                new PortalPage("wholesaler.allocations", "allocation plans", "/wholesaler/allocations", true,
                        named(signed(ALLOCATION, base + "/allocations"), seeded.planProducts())),
                new PortalPage("wholesaler.map.days", "ingredient map, days of supply",
                        "/wholesaler/map/" + seeded.ingredient() + "?view=days", true,
                        List.of(signed(ALLOCATION, map), ingredientName)),
                new PortalPage("wholesaler.map.findings", "ingredient map, findings",
                        "/wholesaler/map/" + seeded.ingredient() + "?view=findings", true,
                        List.of(signed(ALLOCATION, map), ingredientName)));
    }

    /** The regulator's notice pages: a draft, a notice in review and a published one. */
    static List<PortalPage> regulator(PortalRoleData.Regulator seeded, String published) {
        String notices = "/api/v1/notices";
        String draft = seeded.draft();
        String review = seeded.inReview();
        return List.of(
                new PortalPage("regulator.drafts", "notices, drafts", "/regulator/notices", true,
                        List.of(signed(NOTIFICATION, notices + "?status=DRAFT&limit=100"))),
                new PortalPage("regulator.published", "notices, published", "/regulator/notices?status=PUBLISHED", true,
                        List.of(signed(NOTIFICATION, notices + "?status=PUBLISHED&limit=100"))),
                new PortalPage("regulator.new", "a new notice's form", "/regulator/notices/new", true, List.of()),
                new PortalPage("regulator.draft", "a draft", "/regulator/notices/" + draft, true,
                        List.of(signed(NOTIFICATION, notices + "/" + draft))),
                new PortalPage("regulator.edit", "a draft's form", "/regulator/notices/" + draft + "/edit", true,
                        List.of(signed(NOTIFICATION, notices + "/" + draft))),
                new PortalPage("regulator.notice", "a published notice", "/regulator/notices/" + published, true,
                        List.of(signed(NOTIFICATION, notices + "/" + published),
                                signed(NOTIFICATION, notices + "?followsUp=" + published + "&limit=100"))),
                new PortalPage("regulator.review", "a review", "/regulator/notices/" + review + "/review", true,
                        List.of(signed(NOTIFICATION, notices + "/" + review),
                                signed(NOTIFICATION, notices + "/" + review + "/rendering?format=print").html())),
                new PortalPage("regulator.reach", "a notice's reach", "/regulator/notices/" + published + "/reach", true,
                        List.of(signed(NOTIFICATION, notices + "/" + published),
                                signed(NOTIFICATION, notices + "/" + published + "/statistics"),
                                signed(NOTIFICATION, notices + "/" + published + "/statistics/timeline"),
                                signed(NOTIFICATION, notices + "/" + published + "/unacknowledged?page=1&size=50"))));
    }

    /**
     * The regulator's pages of national figures: the dashboard (six calls at once) and the maldistribution map, the
     * open findings nationwide alone, with the wholesaler's ingredient (chosen by its key, days of supply and
     * findings) and found by its name.
     */
    static List<PortalPage> regulatorFigures(PortalRoleData.Wholesaler seeded) {
        LocalDate today = today();
        String day = today.toString();
        String stopped = "/api/v1/products?shipmentResponse=STOPPED&sort=latest&page=1&size=10";
        PortalPage.Call findings = signed(ALLOCATION, "/api/v1/findings?limit=50");
        PortalPage.Call map = signed(ALLOCATION, "/api/v1/ingredients/" + seeded.ingredient() + "/prefectures");
        String chosen = "/regulator/map?ingredient=" + seeded.ingredient() + "&view=";
        String name = enc(seeded.ingredientName());
        return List.of(
                new PortalPage("regulator.dashboard", "national dashboard", "/regulator/dashboard", true, List.of(
                        signed(REPORT, "/api/v1/aggregates/weekly?from=" + today.minusWeeks(12) + "&to=" + day),
                        signed(REPORT, "/api/v1/aggregates/reasons?asOf=" + day),
                        signed(REPORT, "/api/v1/aggregates?asOf=" + day),
                        signed(REPORT, stopped),
                        signed(REPORT, "/api/v1/products?stale=true&page=1&size=10"),
                        signed(REPORT, "/api/v1/regulator/unannounced-changes?from=" + today.minusDays(90)
                                + "&to=" + day))).withCallsAtOnce(),
                new PortalPage("regulator.map", "maldistribution map, findings nationwide", "/regulator/map", true,
                        List.of(findings)),
                new PortalPage("regulator.map.days", "maldistribution map, days of supply", chosen + "days", true,
                        List.of(findings, map)),
                new PortalPage("regulator.map.findings", "maldistribution map, findings", chosen + "findings", true,
                        List.of(findings, map)),
                new PortalPage("regulator.map.search", "maldistribution map, an ingredient by name",
                        "/regulator/map?q=" + name, true,
                        List.of(findings, signed(REPORT, "/api/v1/products?q=" + name + "&page=1&size=100"), map),
                        " (the page makes the first two at once)"));
    }

    /** The operator's pages. */
    static List<PortalPage> admin(int rows) {
        String yj = PortalData.product(rows);
        String q = enc(NAME);
        List<PortalPage.Call> overview = new ArrayList<>();
        List<PortalPage.Call> deadLetters = new ArrayList<>();
        for (PortalPage.Service service : PortalPage.Service.values()) {
            overview.add(signed(service, "/api/v1/audit/verification"));
            overview.add(signed(service, "/api/v1/audit?limit=10"));
            deadLetters.add(signed(service, "/api/v1/dead-letters"));
        }
        return List.of(
                new PortalPage("admin.home", "operator's home", "/admin", true, List.of()),
                new PortalPage("admin.products", "catalogue", "/admin/products", true,
                        List.of(signed(REPORT, "/api/v1/products?page=1&size=50"))),
                new PortalPage("admin.search", "catalogue by name", "/admin/products?q=" + q, true,
                        List.of(signed(REPORT, "/api/v1/products?q=" + q + "&page=1&size=50"))),
                new PortalPage("admin.product", "a product's master record", "/admin/products/" + yj, true,
                        List.of(signed(REPORT, "/api/v1/products/" + yj))),
                new PortalPage("admin.facilities", "facility list upload", "/admin/facilities", true, List.of()),
                new PortalPage("admin.audit", "audit trails, every service", "/admin/audit", true, overview),
                new PortalPage("admin.audit.report", "manufacturer-report's audit trail", "/admin/audit/report", true,
                        List.of(signed(REPORT, "/api/v1/audit/verification"), signed(REPORT, "/api/v1/audit?limit=50"))),
                new PortalPage("admin.deadletters", "dead letters", "/admin/dead-letters", true, deadLetters));
    }

    /** A list's call, then the one that names the products it lists (none when it lists none). */
    private static List<PortalPage.Call> named(PortalPage.Call list, List<String> products) {
        if (products.isEmpty()) {
            return List.of(list);
        }
        StringBuilder codes = new StringBuilder();
        products.forEach(code -> codes.append("yj=").append(code).append('&'));
        return List.of(list, open(REPORT, "/api/v1/products?" + codes + "size=" + products.size()));
    }

    /** The day the portal's pages are of: today in Japan. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
