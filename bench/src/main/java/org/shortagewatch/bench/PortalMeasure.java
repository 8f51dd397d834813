package org.shortagewatch.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.local.PortalSession;

/**
 * Scenario (f)'s measuring: a role's pages one at a time, each beside its service calls made directly with the role's
 * token (median, p95, the portal's {@code Server-Timing}); a static file from the portal (its HTTP floor); and pages
 * per second with several clients at once. {@code samples} answers of each page are measured, after a fifth as many
 * to warm up.
 */
record PortalMeasure(PortalApi api, RoleTokens tokens, Figures figures, int samples) {

    private static final Pattern SERVER_TIMING = Pattern.compile("page;dur=([0-9.]+)");
    /** What a browser asks for; the errors' CSV answers text/csv to it. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    /**
     * One role's session and pages: {@code key} prefixes its figures' keys beyond the pages' own (empty for the
     * pharmacy's, whose keys are the earlier runs'), {@code name} its labels.
     */
    record Role(String key, String name, DemoRealm.User user, PortalSession session, List<PortalPage> pages) {
    }

    /** Every page of the role, one at a time, after some to warm up; the slowest page's median (ms). */
    double onePageAtATime(Role role) throws Exception {
        System.out.printf("%n%s, signed in as %s: %d pages one at a time (%d samples each after %d to warm up):%n",
                role.name(), role.user().username(), role.pages().size(), samples, samples / 5);
        String prefix = role.key().isEmpty() ? "Portal: " : "Portal (" + role.name() + "): ";
        String limitPrefix = role.key().isEmpty() ? "Limit: " : "Limit (" + role.name() + "): ";
        double worst = 0;
        for (PortalPage page : role.pages()) {
            long[] client = new long[samples];
            long[] server = new long[samples];
            long[] calls = new long[samples];
            for (int i = -samples / 5; i < samples; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> answer = role.session().client().send(HttpRequest.newBuilder(
                                URI.create(role.session().portal() + page.path()))
                        .header("Accept", ACCEPT).header("Accept-Language", "ja").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                long t1 = System.nanoTime();
                if (answer.statusCode() != 200 || (page.signedIn()
                        && !answer.uri().getPath().equals(URI.create(page.path()).getPath()))) {
                    throw new IllegalStateException(page.path() + " answered " + answer.statusCode() + " at "
                            + answer.uri() + ": " + answer.body().substring(0, Math.min(400, answer.body().length())));
                }
                String token = tokens.of(role.user());
                long direct = 0;
                if (page.callsAtOnce()) {
                    direct = api.timedAtOnce(page.calls(), token);
                } else {
                    for (PortalPage.Call call : page.calls()) {
                        direct += api.timed(call, token);
                    }
                }
                if (i >= 0) {
                    client[i] = t1 - t0;
                    server[i] = serverTime(answer);
                    calls[i] = direct;
                }
            }
            Arrays.sort(client);
            Arrays.sort(server);
            Arrays.sort(calls);
            String key = "portal." + page.key();
            figures.add(key + ".p50", prefix + page.label() + ", p50", ms(client, 0.5), "ms", "<200",
                    page.calls().isEmpty() ? "portal.static.p50" : key + ".api.p50",
                    page.path().length() > 60 ? page.path().substring(0, 60) + "…" : page.path());
            figures.add(key + ".p95", prefix + page.label() + ", p95", ms(client, 0.95), "ms", "", "", "");
            figures.add(key + ".server.p50", prefix + page.label() + ", server time p50", ms(server, 0.5), "ms", "",
                    "", "Server-Timing page;dur");
            if (!page.calls().isEmpty()) {
                figures.add(key + ".api.p50", limitPrefix + page.label() + ", its service calls directly, p50",
                        ms(calls, 0.5), "ms", "", "", page.calls().size() + " call(s), "
                        + (page.callsAtOnce() ? "all at once" : "one after another") + page.callsNote());
            }
            worst = Math.max(worst, ms(client, 0.5));
        }
        if (!role.key().isEmpty()) {
            figures.add("portal." + role.key() + ".worst.p50", prefix + "slowest page's median", worst, "ms", "<200",
                    "", "of " + role.pages().size() + " pages");
        }
        return worst;
    }

    /** A static file from the portal, one request at a time: the HTTP floor of every page. */
    void staticFloor(PortalSession session) throws Exception {
        long[] floor = new long[samples];
        for (int i = -samples / 5; i < samples; i++) {
            long t0 = System.nanoTime();
            session.client().send(HttpRequest.newBuilder(URI.create(session.portal() + "/static/portal.css")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
                floor[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(floor);
        figures.add("portal.static.p50", "Limit: a static file from the portal, p50", ms(floor, 0.5), "ms", "", "",
                "/static/portal.css");
    }

    /** Answers per second with {@code clients} asking at once for {@code seconds}, each the next of {@code paths}. */
    double throughput(PortalSession session, int clients, int seconds, Supplier<String> paths) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<Void> answer = session.client().send(HttpRequest.newBuilder(
                                URI.create(session.portal() + paths.get())).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
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
        PortalApi.require(failed.get() == 0, failed.get() + " requests were not answered 200");
        return rate;
    }

    private static long serverTime(HttpResponse<?> answer) {
        Matcher m = SERVER_TIMING.matcher(answer.headers().firstValue("Server-Timing").orElse(""));
        return m.find() ? (long) (Double.parseDouble(m.group(1)) * 1e6) : 0;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
