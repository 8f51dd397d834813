package org.shortagewatch.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.KeycloakTokens;
import org.shortagewatch.local.LocalStack;
import org.shortagewatch.local.PortalSession;

/**
 * Scenario (f), the portal's pages with the national list loaded. Starts a system of its own with Keycloak and the
 * portal (the services then trust Keycloak's tokens, which the other scenarios' locally signed ones are not), loads
 * the 18,520-row national list as a manufacturer, gives the demo pharmacy a watch list, alerts and notices, signs in
 * through Keycloak's login page as a browser does, and measures every page:
 * <ul>
 *   <li>one page at a time: the median and p95 of the answer as the client sees it and of the portal's own
 *   {@code Server-Timing}; beside each, the same data asked of the services directly (the calls the page makes, one
 *   after another), which is what the page cannot be faster than;</li>
 *   <li>pages per second with several clients at once over the mix of pages, beside the requests per second of a
 *   static file from the same portal (its HTTP floor).</li>
 * </ul>
 */
public final class PortalPages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SERVER_TIMING = Pattern.compile("page;dur=([0-9.]+)");
    private static final int SERIES = 6;
    private static final String PHARMACY = DemoRealm.PHARMACY.org();

    private final PortalSession session;
    private final HttpClient browser;
    private final Http http = new Http();
    private final Figures figures = Figures.fromEnvironment();
    private final String portal;
    private final String report;
    private final String notification;
    private final String allocation;
    private final KeycloakTokens keycloak;

    private PortalPages(String portal, String report, String notification, String allocation, KeycloakTokens keycloak) {
        this.portal = portal;
        this.report = report;
        this.notification = notification;
        this.allocation = allocation;
        this.keycloak = keycloak;
        this.session = new PortalSession(portal);
        this.browser = session.client();
    }

    /** One page: its address, and the service calls it makes (what it cannot be faster than). */
    private record Page(String key, String label, String path, boolean signedIn, List<String> apiCalls) {
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
        LocalStack.Options.Builder options = LocalStack.options(root).dataDir(results.resolve("stack"))
                .keycloak(0).portal(0).progress(line -> System.out.println("  stack: " + line));
        for (LocalStack.Service service : LocalStack.SERVICES) {
            options.env(service.name(), "SHORTAGEWATCH_RATE_LIMIT_ENABLED", "false");
        }
        try (LocalStack stack = new LocalStack(options.build())) {
            stack.start();
            System.out.printf("  ready in %.0f s%n", (System.nanoTime() - begin) / 1e9);
            PortalPages bench = new PortalPages(stack.serviceUrl(LocalStack.PORTAL).toString(),
                    stack.serviceUrl(LocalStack.MANUFACTURER_REPORT).toString(),
                    stack.serviceUrl(LocalStack.NOTIFICATION).toString(),
                    stack.serviceUrl(LocalStack.WHOLESALER_ALLOCATION).toString(),
                    new KeycloakTokens(stack.keycloak().baseUrl()));
            bench.run(rows, samples, seconds, clients, results);
        }
    }

    private void run(int rows, int samples, int seconds, int clients, Path results) throws Exception {
        String notice = load(rows, results);
        // as a browser does: the portal sends the user to Keycloak's login page, which sends them back
        session.signIn(DemoRealm.PHARMACY, "/me");
        System.out.println("signed in through Keycloak's login page as " + DemoRealm.PHARMACY.username());
        String yj = Products.yjCode(SERIES, 1_234 % rows);
        String ingredient = yj.substring(0, 7);
        String q = enc("ベンチ錠5mg");
        String day = LocalDate.now().toString();
        List<Page> pages = List.of(
                new Page("home", "home /", "/", false, List.of()),
                new Page("search.name", "search by name", "/products?q=" + q,
                        false, List.of("R/api/v1/products?q=" + q + "&page=1&size=20")),
                new Page("search.ingredient", "search by ingredient code", "/products?q=" + ingredient,
                        false, List.of("R/api/v1/products?q=" + ingredient + "&page=1&size=20")),
                new Page("product", "product with alternatives", "/products/" + yj,
                        false, List.of("R/api/v1/products/" + yj + "/alternatives?asOf=" + day,
                                "R/api/v1/products/" + yj + "/status?asOf=" + day)),
                new Page("situation", "national situation", "/situation", false, List.of("R/api/v1/aggregates?asOf=" + day)),
                new Page("notices", "notices", "/notices", false, List.of("N/api/v1/notices?limit=100")),
                new Page("notice", "one notice", "/notices/" + notice, false, List.of("N/api/v1/notices/" + notice)),
                new Page("me", "my facility", "/me", true, List.of("N*/api/v1/facilities/" + PHARMACY)),
                new Page("watchlist", "my watch list", "/me/watchlist", true,
                        List.of("N*/api/v1/subscriptions?facility=" + PHARMACY, "R/api/v1/products?size=20" + followed(rows),
                                "R/api/v1/products?q=" + ingredient + "&page=1&size=1")),
                new Page("alerts", "my alerts", "/me/alerts", true,
                        List.of("N*/api/v1/inbox/" + PHARMACY + "?unread=false&limit=100")),
                new Page("mynotices", "notices to me", "/me/notices", true,
                        List.of("N*/api/v1/inbox/" + PHARMACY + "?unread=false&limit=200")),
                new Page("quotas", "my quotas", "/me/quotas", true, List.of("A*/api/v1/facilities/" + PHARMACY + "/quotas")));

        System.out.printf("%nOne page at a time (%d samples each after %d to warm up):%n", samples, samples / 5);
        String pharmacyToken = keycloak.accessToken(DemoRealm.PHARMACY);
        double worst = 0;
        for (Page page : pages) {
            long[] client = new long[samples];
            long[] server = new long[samples];
            long[] api = new long[samples];
            for (int i = -samples / 5; i < samples; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(portal + page.path()))
                        .header("Accept", "text/html").header("Accept-Language", "ja").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                if (answer.statusCode() != 200 || (page.signedIn() && !answer.uri().getPath().equals(URI.create(page.path()).getPath()))) {
                    throw new IllegalStateException(page.path() + " answered " + answer.statusCode() + " at " + answer.uri()
                            + ": " + answer.body().substring(0, Math.min(400, answer.body().length())));
                }
                long apiNanos = 0;
                for (String call : page.apiCalls()) {
                    apiNanos += timed(call, pharmacyToken);
                }
                if (i >= 0) {
                    client[i] = t1 - t0;
                    server[i] = serverTime(answer);
                    api[i] = apiNanos;
                }
            }
            Arrays.sort(client);
            Arrays.sort(server);
            Arrays.sort(api);
            String key = "portal." + page.key();
            figures.add(key + ".p50", "Portal: " + page.label() + ", p50", ms(client, 0.5), "ms", "<200",
                    page.apiCalls().isEmpty() ? "portal.static.p50" : key + ".api.p50",
                    page.path().length() > 60 ? page.path().substring(0, 60) + "…" : page.path());
            figures.add(key + ".p95", "Portal: " + page.label() + ", p95", ms(client, 0.95), "ms", "", "", "");
            figures.add(key + ".server.p50", "Portal: " + page.label() + ", server time p50", ms(server, 0.5), "ms", "", "",
                    "Server-Timing page;dur");
            if (!page.apiCalls().isEmpty()) {
                figures.add(key + ".api.p50", "Limit: " + page.label() + ", its service calls directly, p50",
                        ms(api, 0.5), "ms", "", "", page.apiCalls().size() + " call(s), one after another"
                        + (page.key().equals("alerts") ? " (the page also names the products, in one more)" : ""));
            }
            worst = Math.max(worst, ms(client, 0.5));
        }
        long[] floor = new long[samples];
        for (int i = -samples / 5; i < samples; i++) {
            long t0 = System.nanoTime();
            browser.send(HttpRequest.newBuilder(URI.create(portal + "/static/portal.css")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                floor[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(floor);
        figures.add("portal.static.p50", "Limit: a static file from the portal, p50", ms(floor, 0.5), "ms", "", "",
                "/static/portal.css");
        figures.add("portal.worst.p50", "Portal: slowest page's median", worst, "ms", "<200", "", "of " + pages.size() + " pages");

        System.out.printf("%n%d clients at once for %d s over the %d pages, then over a static file:%n", clients, seconds,
                pages.size());
        double pagesPerSecond = throughput(clients, seconds, () -> pages.get((int) (Math.random() * pages.size())).path());
        double staticPerSecond = throughput(clients, seconds, () -> "/static/portal.css");
        figures.add("portal.static.rate", "Limit: static file requests per second", staticPerSecond, "req/s", "", "",
                clients + " clients, the portal's HTTP floor");
        figures.add("portal.rate", "Portal: pages per second", pagesPerSecond, "pages/s", "", "portal.static.rate",
                clients + " clients, the " + pages.size() + " pages in random order, signed in as a pharmacist");
    }

    // ------------------------------------------------------------------------------------------------- setup

    /** The products the pharmacy follows one by one. */
    private static List<String> followedProducts(int rows) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            codes.add(Products.yjCode(SERIES, (i * 97) % rows));
        }
        return codes;
    }

    private static String followed(int rows) {
        StringBuilder query = new StringBuilder();
        followedProducts(rows).forEach(yj -> query.append("&yj=").append(yj));
        return query.toString();
    }

    /** The national list registered and reported, the pharmacy's watch list, alerts and notices; the notice's id. */
    private String load(int rows, Path results) throws Exception {
        long begin = System.nanoTime();
        Path file = results.resolve("national-list.csv");
        NationalList.write(file, SERIES, rows, "ベンチ製薬株式会社", LocalDate.now());
        String manufacturer = keycloak.accessToken(DemoRealm.MANUFACTURER);
        Reporting as = new Reporting(report, null, manufacturer, DemoRealm.MANUFACTURER.org());
        JsonNode registered = Bulk.finished(http, as, Bulk.upload(http, as, "/api/v1/products/bulk", file, "all-or-nothing"), 600);
        require(registered.path("state").asText().equals("SUCCEEDED"), "registering the products: " + registered);
        System.out.printf("registered the national list's %d products (%.0f s)%n", rows, (System.nanoTime() - begin) / 1e9);

        String pharmacy = keycloak.accessToken(DemoRealm.PHARMACY);
        send(http.json(URI.create(notification + "/api/v1/facilities/" + PHARMACY), pharmacy).PUT(body("""
                {"kind":"PHARMACY","name":"ベンチ薬局 本店","email":"bench-pharmacy@example.jp","digest":false}""")));
        List<HttpRequest> follows = new ArrayList<>();
        for (String yj : followedProducts(rows)) {
            follows.add(http.json(URI.create(notification + "/api/v1/subscriptions"), pharmacy).POST(body("""
                    {"facilityCode":"%s","kind":"YJ_CODE","target":"%s","channels":["INBOX","SSE"],"minSeverity":"LOW"}"""
                    .formatted(PHARMACY, yj))).build());
        }
        follows.add(http.json(URI.create(notification + "/api/v1/subscriptions"), pharmacy).POST(body("""
                {"facilityCode":"%s","kind":"INGREDIENT","target":"%s","channels":["INBOX"],"minSeverity":"LOW"}"""
                .formatted(PHARMACY, Products.yjCode(SERIES, 1_234 % rows).substring(0, 7)))).build());
        http.sendAll(follows, 4, "watch list");
        System.out.println("the pharmacy follows 20 products and one ingredient");

        long reported = System.nanoTime();
        manufacturer = keycloak.accessToken(DemoRealm.MANUFACTURER);
        as = new Reporting(report, null, manufacturer, DemoRealm.MANUFACTURER.org());
        JsonNode statuses = Bulk.finished(http, as, Bulk.upload(http, as, "/api/v1/status-changes/bulk", file, "all-or-nothing"), 600);
        require(statuses.path("state").asText().equals("SUCCEEDED"), "reporting the statuses: " + statuses);
        System.out.printf("reported every product's status (%.0f s)%n", (System.nanoTime() - reported) / 1e9);

        String regulator = keycloak.accessToken(DemoRealm.REGULATOR);
        String approver = keycloak.accessToken(DemoRealm.REGULATOR2);
        String last = null;
        for (int n = 1; n <= 3; n++) {
            String id = JSON.readTree(send(http.json(URI.create(notification + "/api/v1/notices"), regulator).POST(body("""
                    {"addressees":["公益社団法人日本薬剤師会 御中"],"addresseeOrganisations":["%s"],
                     "title":"ベンチ成分%d製剤の限定出荷に伴う協力依頼","background":"需要が増加し、限定出荷が続いています。",
                     "requests":["必要最小限の日数の処方とすること。","近隣の薬局と連携すること。"],
                     "targetProducts":[{"yjCode":"%s","name":"ベンチ錠"}],
                     "consultationDesk":"厚生労働省医政局医薬産業振興・医療情報企画課 電話 03-5253-1111","followsUp":[]}"""
                    .formatted(PHARMACY, n, Products.yjCode(SERIES, n))))).body()).path("id").asText();
            send(http.json(URI.create(notification + "/api/v1/notices/" + id + "/review-request"), regulator).POST(body("")));
            send(http.json(URI.create(notification + "/api/v1/notices/" + id + "/approval"), approver).POST(body("")));
            send(http.json(URI.create(notification + "/api/v1/notices/" + id + "/publication"), regulator).POST(body("")));
            last = id;
        }
        // the alerts and notices reach the pharmacy's inbox through Kafka: wait until the last notice has and the
        // inbox has not grown for 10 s
        long deadline = System.nanoTime() + 120_000_000_000L;
        int inbox = -1;
        while (System.nanoTime() < deadline) {
            String entries = send(http.json(URI.create(notification + "/api/v1/inbox/" + PHARMACY + "?limit=200"),
                    pharmacy).GET()).body();
            int now = JSON.readTree(entries).size();
            if (now == inbox && entries.contains(last)) {
                break;
            }
            inbox = now;
            Thread.sleep(10_000);
        }
        System.out.printf("3 notices published; the pharmacy's inbox holds %d entries (setup %.0f s in all)%n", inbox,
                (System.nanoTime() - begin) / 1e9);
        return last;
    }

    // ------------------------------------------------------------------------------------------------- measuring

    /** One service call as the page makes it: R, N or A for the service, * when it needs the user's token. */
    private long timed(String call, String token) throws Exception {
        String base = switch (call.charAt(0)) {
            case 'R' -> report;
            case 'N' -> notification;
            default -> allocation;
        };
        boolean signed = call.charAt(1) == '*';
        URI uri = URI.create(base + call.substring(signed ? 2 : 1));
        long t0 = System.nanoTime();
        HttpResponse<String> answer = http.send(http.json(uri, signed ? token : null).GET().build());
        long t1 = System.nanoTime();
        require(answer.statusCode() == 200, uri + " answered " + answer.statusCode());
        return t1 - t0;
    }

    private double throughput(int clients, int seconds, Supplier<String> paths) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(URI.create(portal + paths.get()))
                                .GET().build(), HttpResponse.BodyHandlers.discarding());
                        (answer.statusCode() == 200 ? done : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double rate = done.get() / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "  %d answered 200, %d not; %.0f/s%n", done.get(), failed.get(), rate);
        require(failed.get() == 0, failed.get() + " requests were not answered 200");
        return rate;
    }

    private static long serverTime(HttpResponse<?> answer) {
        Matcher m = SERVER_TIMING.matcher(answer.headers().firstValue("Server-Timing").orElse(""));
        return m.find() ? (long) (Double.parseDouble(m.group(1)) * 1e6) : 0;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpRequest built = request.build();
        HttpResponse<String> answer = http.send(built);
        require(answer.statusCode() / 100 == 2, built.method() + " " + built.uri() + " answered " + answer.statusCode()
                + ": " + answer.body());
        return answer;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }
}
