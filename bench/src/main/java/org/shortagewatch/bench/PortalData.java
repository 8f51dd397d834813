package org.shortagewatch.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.shortagewatch.infra.DemoRealm;

/**
 * Scenario (f)'s common data, loaded through the services' APIs: the national list registered and reported by MFR001
 * (the demo manufacturer), the demo pharmacy's facility and watch list, and three notices published to it; and then
 * the wait until the pharmacy's inbox holds what reached it through Kafka.
 */
record PortalData(PortalApi api, RoleTokens tokens, int rows) {

    /** The YJ code series of the scenario's products (its own system: no other scenario's products). */
    static final int SERIES = 6;
    static final String PHARMACY = DemoRealm.PHARMACY.org();
    static final String MAKER_NAME = "ベンチ製薬株式会社";

    /** What the pages are read with: the last published notice, the status upload's job. */
    record Loaded(String notice, String statusJob, Path listFile) {
    }

    /** The product whose page, with its alternatives, is measured. */
    static String product(int rows) {
        return Products.yjCode(SERIES, 1_234 % rows);
    }

    /** The ingredient the pharmacy follows and searches by: the measured product's. */
    static String ingredient(int rows) {
        return product(rows).substring(0, 7);
    }

    /** The products the pharmacy follows one by one. */
    static List<String> followedProducts(int rows) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            codes.add(Products.yjCode(SERIES, (i * 97) % rows));
        }
        return codes;
    }

    /** The national list registered and reported, the pharmacy's watch list and three notices to it. */
    Loaded load(Path results) throws Exception {
        long begin = System.nanoTime();
        Path file = results.resolve("national-list.csv");
        NationalList.write(file, SERIES, rows, MAKER_NAME, LocalDate.now());
        Reporting as = maker();
        JsonNode registered = Bulk.finished(api.http, as, Bulk.upload(api.http, as, "/api/v1/products/bulk", file,
                "all-or-nothing"), 600);
        PortalApi.require(registered.path("state").asText().equals("SUCCEEDED"), "registering the products: " + registered);
        System.out.printf("registered the national list's %d products (%.0f s)%n", rows, (System.nanoTime() - begin) / 1e9);

        String pharmacy = tokens.of(DemoRealm.PHARMACY);
        api.put(api.notification, "/api/v1/facilities/" + PHARMACY, pharmacy, """
                {"kind":"PHARMACY","name":"ベンチ薬局 本店","email":"bench-pharmacy@example.jp","digest":false}""");
        List<HttpRequest> follows = new ArrayList<>();
        for (String yj : followedProducts(rows)) {
            follows.add(api.request(api.notification, "/api/v1/subscriptions", pharmacy).POST(body("""
                    {"facilityCode":"%s","kind":"YJ_CODE","target":"%s","channels":["INBOX","SSE"],"minSeverity":"LOW"}"""
                    .formatted(PHARMACY, yj))).build());
        }
        follows.add(api.request(api.notification, "/api/v1/subscriptions", pharmacy).POST(body("""
                {"facilityCode":"%s","kind":"INGREDIENT","target":"%s","channels":["INBOX"],"minSeverity":"LOW"}"""
                .formatted(PHARMACY, ingredient(rows)))).build());
        api.http.sendAll(follows, 4, "watch list", Http.SUBSCRIBED);
        System.out.println("the pharmacy follows 20 products and one ingredient");

        long reported = System.nanoTime();
        as = maker();
        URI job = Bulk.upload(api.http, as, "/api/v1/status-changes/bulk", file, "all-or-nothing");
        JsonNode statuses = Bulk.finished(api.http, as, job, 600);
        PortalApi.require(statuses.path("state").asText().equals("SUCCEEDED"), "reporting the statuses: " + statuses);
        System.out.printf("reported every product's status (%.0f s)%n", (System.nanoTime() - reported) / 1e9);

        String last = null;
        for (int n = 1; n <= 3; n++) {
            last = notice(n, true);
        }
        System.out.printf("3 notices published (setup %.0f s so far)%n", (System.nanoTime() - begin) / 1e9);
        String path = job.getPath();
        return new Loaded(last, path.substring(path.lastIndexOf('/') + 1), file);
    }

    /** MFR001 as it reports: its token now (a bulk job of the full list takes a while). */
    Reporting maker() {
        return new Reporting(api.report, null, tokens.of(DemoRealm.MANUFACTURER), DemoRealm.MANUFACTURER.org());
    }

    /**
     * A notice to the pharmacy about product {@code n}, drafted by the regulator; {@code publish}: sent for review,
     * approved by the second regulator and published. Its id.
     */
    String notice(int n, boolean publish) throws Exception {
        String regulator = tokens.of(DemoRealm.REGULATOR);
        String id = PortalApi.JSON.readTree(api.post(api.notification, "/api/v1/notices", regulator, """
                {"addressees":["公益社団法人日本薬剤師会 御中"],"addresseeOrganisations":["%s"],
                 "title":"ベンチ成分%d製剤の限定出荷に伴う協力依頼","background":"需要が増加し、限定出荷が続いています。",
                 "requests":["必要最小限の日数の処方とすること。","近隣の薬局と連携すること。"],
                 "targetProducts":[{"yjCode":"%s","name":"ベンチ錠"}],
                 "consultationDesk":"厚生労働省医政局医薬産業振興・医療情報企画課 電話 03-5253-1111","followsUp":[]}"""
                .formatted(PHARMACY, n, Products.yjCode(SERIES, n))).body()).path("id").asText();
        if (publish) {
            api.post(api.notification, "/api/v1/notices/" + id + "/review-request", regulator, "");
            api.post(api.notification, "/api/v1/notices/" + id + "/approval", tokens.of(DemoRealm.REGULATOR2), "");
            api.post(api.notification, "/api/v1/notices/" + id + "/publication", regulator, "");
        }
        return id;
    }

    /**
     * The alerts, notices and quotas reach the pharmacy's inbox through Kafka: waits until the notice {@code last} has
     * and the inbox has not grown for 10 s.
     */
    void awaitInbox(String last) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        int inbox = -1;
        while (System.nanoTime() < deadline) {
            String entries = api.send(api.request(api.notification, "/api/v1/inbox/" + PHARMACY + "?limit=200",
                    tokens.of(DemoRealm.PHARMACY)).GET()).body();
            int now = PortalApi.JSON.readTree(entries).size();
            if (now == inbox && entries.contains(last)) {
                break;
            }
            inbox = now;
            Thread.sleep(10_000);
        }
        System.out.printf("the pharmacy's inbox holds %d entries%n", inbox);
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json);
    }
}
