package org.shortagewatch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakTokens;
import org.shortagewatch.local.LocalStack;
import org.shortagewatch.local.StackOptions;
import org.shortagewatch.local.StackService;
import org.shortagewatch.local.PortalSession;

/**
 * Scenario (f), the portal's pages with the national list loaded. Starts a system of its own with Keycloak and the
 * portal (the services then trust Keycloak's tokens, which the other scenarios' locally signed ones are not), loads
 * the 18,520-row national list as MFR001 ({@link PortalData}), gives the demo pharmacy a watch list, alerts and
 * notices, the manufacturer an upload with row errors and an API key, the wholesaler customers with an order surge
 * and a plan and a pharmacy in every prefecture, the regulator a draft and a notice in review
 * ({@link PortalRoleData}); a product in a shortage is stale a minute after its last report ({@link #STALE_AFTER}), so
 * that the dashboard's and the scorecard's stale products have content; signs every role in through
 * Keycloak's login page as a browser does (the regulator and the operator with a one-time code), each in a session of
 * its own, and measures every page of every role ({@link PortalPageList}, {@link PortalMeasure}):
 * <ul>
 *   <li>one page at a time: the median and p95 of the answer as the client sees it and of the portal's own
 *   {@code Server-Timing}; beside each, the same data asked of the services directly with the role's token (the calls
 *   the page makes, one after another, or all at once where the page makes them so), which is what the page cannot be
 *   faster than;</li>
 *   <li>pages per second with several clients at once over the pharmacy's and the public pages, beside the requests
 *   per second of a static file from the same portal (its HTTP floor).</li>
 * </ul>
 */
public final class PortalPages {

    /** How long after its last report a product in a shortage is stale in this system (30 days by default). */
    static final String STALE_AFTER = "60s";

    private PortalPages() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        boolean smoke = "1".equals(System.getenv("BENCH_SMOKE"));
        int rows = args.getInt("rows", smoke ? 2_000 : 18_520);
        int samples = args.getInt("samples", smoke ? 20 : 100);
        int seconds = args.getInt("seconds", smoke ? 5 : 30);
        int clients = args.getInt("clients", 8);
        Path root = Path.of(args.get("root", ".")).toAbsolutePath().normalize();
        Path results = Path.of(System.getenv().getOrDefault("BENCH_RESULTS_DIR", ".")).toAbsolutePath();

        long begin = System.nanoTime();
        System.out.println("starting a system with Keycloak and the portal (its own, on free ports) ...");
        StackOptions.Builder options = LocalStack.options(root).dataDir(results.resolve("stack"))
                .keycloak(0).portal(0).progress(line -> System.out.println("  stack: " + line));
        String ready = System.getenv("BENCH_READY_SECONDS"); // a loaded machine's services may need more
        if (ready != null && !ready.isBlank()) {
            options.readyTimeout(Duration.ofSeconds(Long.parseLong(ready.strip())));
        }
        for (StackService service : LocalStack.SERVICES) {
            options.env(service.name(), "SHORTAGEWATCH_RATE_LIMIT_ENABLED", "false");
        }
        // the list's shortages, reported minutes before the pages are read, are stale as they would be a month on, so
        // the regulator's dashboard lists stale products and the scorecard counts them
        options.env(LocalStack.MANUFACTURER_REPORT, "SHORTAGEWATCH_FRESHNESS_STALE_AFTER", STALE_AFTER);
        try (LocalStack stack = new LocalStack(options.build())) {
            stack.start();
            System.out.printf("  ready in %.0f s%n", (System.nanoTime() - begin) / 1e9);
            PortalApi api = new PortalApi(stack.serviceUrl(LocalStack.MANUFACTURER_REPORT).toString(),
                    stack.serviceUrl(LocalStack.WHOLESALER_ALLOCATION).toString(),
                    stack.serviceUrl(LocalStack.NOTIFICATION).toString());
            run(api, new RoleTokens(new KeycloakTokens(stack.keycloak().baseUrl())),
                    stack.serviceUrl(LocalStack.PORTAL).toString(), rows, samples, seconds, clients, results);
        }
    }

    private static void run(PortalApi api, RoleTokens tokens, String portal, int rows, int samples, int seconds,
            int clients, Path results) throws Exception {
        long begin = System.nanoTime();
        PortalData data = new PortalData(api, tokens, rows);
        PortalData.Loaded loaded = data.load(results);
        PortalRoleData seeds = new PortalRoleData(api, tokens, data, rows);
        PortalRoleData.Maker jobs = seeds.maker(loaded.statusJob(), results);
        PortalRoleData.Wholesaler wholesaler = seeds.wholesaler();
        PortalRoleData.Regulator regulator = seeds.regulator();
        List<String> history = seeds.history();
        data.awaitInbox(loaded.notice());
        System.out.printf("setup %.0f s in all%n", (System.nanoTime() - begin) / 1e9);

        List<PortalPage> regulatorPages = new ArrayList<>(PortalPageList.regulator(regulator, loaded.notice()));
        regulatorPages.addAll(PortalPageList.regulatorFigures(wholesaler));
        List<PortalMeasure.Role> roles = List.of(
                role("", "pharmacy", DemoRealm.PHARMACY, portal, "/me", null,
                        PortalPageList.pharmacy(rows, loaded.notice())),
                role("maker", "manufacturer", DemoRealm.MANUFACTURER, portal, "/maker/products", null,
                        PortalPageList.manufacturer(rows, jobs, history)),
                role("wholesaler", "wholesaler", DemoRealm.WHOLESALER, portal, "/wholesaler/findings", null,
                        PortalPageList.wholesaler(wholesaler)),
                role("regulator", "regulator", DemoRealm.REGULATOR, portal, "/regulator/notices", tokens.codes(),
                        regulatorPages),
                role("admin", "operator", DemoRealm.ADMIN, portal, "/admin", tokens.codes(),
                        PortalPageList.admin(rows)));

        Figures figures = Figures.fromEnvironment();
        PortalMeasure measure = new PortalMeasure(api, tokens, figures, samples);
        double worst = 0;
        int pages = 0;
        for (PortalMeasure.Role role : roles) {
            worst = Math.max(worst, measure.onePageAtATime(role));
            pages += role.pages().size();
        }
        PortalMeasure.Role pharmacy = roles.get(0);
        measure.staticFloor(pharmacy.session());
        figures.add("portal.worst.p50", "Portal: slowest page's median", worst, "ms", "<200", "",
                "of " + pages + " pages, every role");

        List<PortalPage> mix = pharmacy.pages();
        System.out.printf("%n%d clients at once for %d s over the pharmacy's and the public %d pages, then over a static "
                + "file:%n", clients, seconds, mix.size());
        double pagesPerSecond = measure.throughput(pharmacy.session(), clients, seconds,
                () -> mix.get((int) (Math.random() * mix.size())).path());
        double staticPerSecond = measure.throughput(pharmacy.session(), clients, seconds, () -> "/static/portal.css");
        figures.add("portal.static.rate", "Limit: static file requests per second", staticPerSecond, "req/s", "", "",
                clients + " clients, the portal's HTTP floor");
        figures.add("portal.rate", "Portal: pages per second", pagesPerSecond, "pages/s", "", "portal.static.rate",
                clients + " clients, the " + mix.size() + " pages in random order, signed in as a pharmacist");
    }

    /** A role's session, signed in through Keycloak's login page (with {@code codes} for a second factor). */
    private static PortalMeasure.Role role(String key, String name, DemoRealm.User user, String portal, String path,
            Function<DemoRealm.User, String> codes, List<PortalPage> pages) {
        PortalSession session = new PortalSession(portal);
        if (codes == null) {
            session.signIn(user, path);
        } else {
            session.signIn(user, path, codes);
        }
        System.out.println("signed in through Keycloak's login page as " + user.username()
                + (codes == null ? "" : " (with a one-time code)"));
        return new PortalMeasure.Role(key, name, user, session, new ArrayList<>(pages));
    }
}
