package org.shortagewatch.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scenario refresh's setup, not measured, through the services' bulk paths wherever they have one: each maker
 * registers its products and uploads its part of the baseline list (before anyone follows them, so the baseline
 * alerts nobody), notification is waited for until it has applied every event; then the facilities in one upload,
 * their subscriptions by formulary upload (one request per facility), and the follower of every product.
 *
 * <p>Webhook subscriptions have no bulk path: a formulary refuses the WEBHOOK channel ("webhook subscriptions are
 * made one at a time, with their URL"), so each webhook facility's products are subscribed one POST each.
 */
final class RefreshSetup {

    /** Requests built and sent at a time, so a full-size setup never holds 600,000 requests at once. */
    private static final int CHUNK = 10_000;

    private final Http http;
    private final RefreshData data;
    private final Reporting reporting;
    private final String notificationUrl;
    private final List<Reporting> makers = new ArrayList<>();
    private final double timeoutSeconds;

    RefreshSetup(Http http, RefreshData data, Reporting reporting, String notificationUrl, double timeoutSeconds)
            throws Exception {
        this.http = http;
        this.data = data;
        this.reporting = reporting;
        this.notificationUrl = notificationUrl;
        this.timeoutSeconds = timeoutSeconds;
        for (int m = 0; m < data.sizes.makers(); m++) {
            String code = RefreshData.makerCode(m);
            makers.add(new Reporting(reporting.reportUrl(), reporting.adminToken(),
                    Token.mint("manufacturer", code, Duration.ofHours(12)), code));
        }
    }

    List<Reporting> makers() {
        return makers;
    }

    /**
     * Each maker uploads its part of the list to {@code path}, one after another; answers once every job has
     * finished and every event it recorded is on {@code topic} and applied by notification.
     */
    void uploadAll(String path, List<Path> files, TopicRecords topic) throws Exception {
        long begin = System.nanoTime();
        long before = topic.count();
        List<URI> jobs = new ArrayList<>();
        for (int m = 0; m < makers.size(); m++) {
            jobs.add(Bulk.upload(http, makers.get(m), path, files.get(m), "all-or-nothing"));
        }
        long recorded = 0;
        for (int m = 0; m < makers.size(); m++) {
            JsonNode job = Bulk.finished(http, makers.get(m), jobs.get(m), timeoutSeconds);
            if (!job.path("state").asText().equals("SUCCEEDED")) {
                throw new IllegalStateException(path + " of " + makers.get(m).manufacturer() + ": " + job);
            }
            recorded += job.path("acceptedRows").asLong() - job.path("unchangedRows").asLong();
        }
        long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
        while (topic.count() - before < recorded || topic.behind("notification") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("notification did not apply " + path + "'s events in time");
            }
            Thread.sleep(500);
        }
        System.out.printf("%s: %d rows recorded by %d makers, applied by notification in %.1f s%n", path, recorded,
                makers.size(), (System.nanoTime() - begin) / 1e9);
    }

    /** Every facility and the follower of every product, in one upload (a pharmacy each). */
    void facilities() throws Exception {
        StringBuilder csv = new StringBuilder("code,kind,name\r\n");
        for (int f = 0; f < data.sizes.facilities(); f++) {
            csv.append(RefreshData.facility(f)).append(",PHARMACY,bench refresh pharmacy ").append(f).append("\r\n");
        }
        csv.append(RefreshData.SSE_FACILITY).append(",PHARMACY,bench refresh follower of every product\r\n");
        long begin = System.nanoTime();
        http.sendAll(List.of(csv(URI.create(notificationUrl + "/api/v1/facilities/bulk"), csv)), 1, "facilities");
        System.out.printf("%d facilities registered in %.1f s%n", data.sizes.facilities() + 1,
                (System.nanoTime() - begin) / 1e9);
    }

    /**
     * The subscriptions: each facility without a webhook endpoint uploads its formulary (INBOX, the default), each
     * with one subscribes to its products one POST each (INBOX and WEBHOOK to {@code hook} + its code). Reports the
     * rate of each.
     */
    void subscriptions(String hook, Figures figures) throws Exception {
        RefreshData.Sizes sizes = data.sizes;
        int formularies = sizes.facilities() - sizes.webhookFacilities();
        long begin = System.nanoTime();
        sendAll(formularies, n -> formulary(RefreshData.facility(sizes.webhookFacilities() + n),
                data.followedBy(sizes.webhookFacilities() + n), "INBOX"), 8, "formularies");
        double seconds = (System.nanoTime() - begin) / 1e9;
        long rows = (long) formularies * sizes.follows();
        figures.add("refresh.setup.formulary", "Refresh setup: subscriptions by formulary upload", rows / seconds,
                "subscriptions/s", "", "", rows + " in " + Figures.format(seconds) + " s, " + sizes.follows()
                        + " per request (setup, not measured)");

        int posts = sizes.webhookFacilities() * sizes.follows();
        begin = System.nanoTime();
        sendAll(posts, n -> webhookSubscription(n / sizes.follows(), n % sizes.follows(), hook), 16, "webhook subscriptions");
        seconds = (System.nanoTime() - begin) / 1e9;
        figures.add("refresh.setup.webhook", "Refresh setup: webhook subscriptions, one POST each", posts / seconds,
                "subscriptions/s", "", "", posts + " in " + Figures.format(seconds)
                        + " s (setup, not measured): no bulk path takes the WEBHOOK channel");
    }

    /** The facility that follows every product by server-sent events alone, by one formulary. */
    void follower() throws Exception {
        sendAll(1, n -> formulary(RefreshData.SSE_FACILITY, data.yjCodes(), "SSE"), 1, "follower");
    }

    /** Writes every maker's part of the list, before the refresh or after it. */
    List<Path> lists(Path dir, boolean changed) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int m = 0; m < makers.size(); m++) {
            files.add(data.writeList(dir, m, changed, LocalDate.now()));
        }
        return files;
    }

    private HttpRequest formulary(String facility, List<String> yjCodes, String channels) {
        return csv(URI.create(notificationUrl + "/api/v1/facilities/" + facility + "/formulary?channels=" + channels),
                "YJコード\r\n" + String.join("\r\n", yjCodes) + "\r\n");
    }

    private HttpRequest webhookSubscription(int f, int k, String hook) {
        String facility = RefreshData.facility(f);
        String yj = data.followedBy(f, k);
        return http.json(URI.create(notificationUrl + "/api/v1/subscriptions"), reporting.adminToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"facilityCode\":\"" + facility + "\",\"kind\":\"YJ_CODE\","
                        + "\"target\":\"" + yj + "\",\"channels\":[\"INBOX\",\"WEBHOOK\"],\"webhookUrl\":\"" + hook
                        + facility + "\"}"))
                .build();
    }

    private HttpRequest csv(URI uri, CharSequence body) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + reporting.adminToken())
                .header("Content-Type", "text/csv; charset=UTF-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private void sendAll(int count, IntFunction<HttpRequest> request, int concurrency, String what) throws Exception {
        for (int from = 0; from < count; from += CHUNK) {
            List<HttpRequest> chunk = new ArrayList<>();
            for (int n = from; n < Math.min(count, from + CHUNK); n++) {
                chunk.add(request.apply(n));
            }
            http.sendAll(chunk, concurrency, what);
        }
    }
}
