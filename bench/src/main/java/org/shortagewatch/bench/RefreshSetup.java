package org.shortagewatch.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
 * their subscriptions by formulary upload (one request per facility, a webhook facility's with its endpoint), and the
 * follower of every product.
 */
final class RefreshSetup {

    /** Requests built and sent at a time, so a full-size setup never holds 20,000 formularies at once. */
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
     * The subscriptions, one formulary upload per facility: each facility without a webhook endpoint uploads its
     * formulary for INBOX (the default), each with one for INBOX and WEBHOOK to {@code hook} + its code (the upload
     * answers the signing secret, which the sink does not check). Reports the rate of each.
     */
    void subscriptions(String hook, Figures figures) throws Exception {
        RefreshData.Sizes sizes = data.sizes;
        int formularies = sizes.facilities() - sizes.webhookFacilities();
        long begin = System.nanoTime();
        sendAll(formularies, n -> formulary(RefreshData.facility(sizes.webhookFacilities() + n),
                data.followedBy(sizes.webhookFacilities() + n), "INBOX", null), 8, "formularies");
        rate(figures, "refresh.setup.formulary", "Refresh setup: subscriptions by formulary upload",
                (long) formularies * sizes.follows(), begin);

        begin = System.nanoTime();
        sendAll(sizes.webhookFacilities(), f -> formulary(RefreshData.facility(f), data.followedBy(f), "INBOX,WEBHOOK",
                hook + RefreshData.facility(f)), 8, "webhook formularies");
        rate(figures, "refresh.setup.webhook", "Refresh setup: webhook subscriptions by formulary upload",
                (long) sizes.webhookFacilities() * sizes.follows(), begin);
    }

    private void rate(Figures figures, String key, String name, long rows, long begin) {
        double seconds = (System.nanoTime() - begin) / 1e9;
        figures.add(key, name, rows / seconds, "subscriptions/s", "", "", rows + " in " + Figures.format(seconds)
                + " s, " + data.sizes.follows() + " per request (setup, not measured)");
    }

    /** The facility that follows every product by server-sent events alone, by one formulary. */
    void follower() throws Exception {
        sendAll(1, n -> formulary(RefreshData.SSE_FACILITY, data.yjCodes(), "SSE", null), 1, "follower");
    }

    /** Writes every maker's part of the list, before the refresh or after it. */
    List<Path> lists(Path dir, boolean changed) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int m = 0; m < makers.size(); m++) {
            files.add(data.writeList(dir, m, changed, LocalDate.now()));
        }
        return files;
    }

    /** A facility's formulary upload for {@code channels}, with {@code webhookUrl} when not null. */
    private HttpRequest formulary(String facility, List<String> yjCodes, String channels, String webhookUrl) {
        String query = "?channels=" + channels
                + (webhookUrl == null ? "" : "&webhookUrl=" + URLEncoder.encode(webhookUrl, StandardCharsets.UTF_8));
        return csv(URI.create(notificationUrl + "/api/v1/facilities/" + facility + "/formulary" + query),
                "YJコード\r\n" + String.join("\r\n", yjCodes) + "\r\n");
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
