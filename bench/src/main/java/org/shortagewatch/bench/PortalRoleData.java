package org.shortagewatch.bench;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.shortagewatch.events.FacilityCodes;
import org.shortagewatch.infra.DemoRealm;

/**
 * The data the other roles' pages show, seeded through the services' APIs on top of {@link PortalData}'s: the
 * manufacturer's upload with row errors and an API key; the wholesaler's customers' shipments, stock and an order
 * surge of a product in limited shipment, with a supply that makes an allocation plan, and a pharmacy's shipments and
 * stock in every prefecture; the regulator's draft and a notice in review.
 */
record PortalRoleData(PortalApi api, RoleTokens tokens, PortalData data, int rows) {

    /** The wholesaler's customers: the demo hospital and pharmacy (both in Tokyo). */
    private static final List<String> CUSTOMERS = List.of(DemoRealm.HOSPITAL.org(), DemoRealm.PHARMACY.org());
    private static final String WHOLESALER = DemoRealm.WHOLESALER.org();

    /** The manufacturer's upload jobs: the national list's statuses, and a small file with three bad rows. */
    record Maker(String statusJob, String errorsJob) {
    }

    /**
     * The wholesaler's short product, its ingredient (key and name); the products its findings and its plans name.
     */
    record Wholesaler(String product, String ingredient, String ingredientName, List<String> findingProducts,
            List<String> planProducts) {
    }

    record Regulator(String draft, String inReview) {
    }

    /** A 50-row status file of the national list with three bad ⑫ cells, accept-valid; and an API key. */
    Maker maker(String statusJob, Path results) throws Exception {
        Path file = results.resolve("upload-with-errors.csv");
        NationalList.write(file, PortalData.SERIES, Math.min(50, rows), PortalData.MAKER_NAME, LocalDate.now());
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (int row = 10; row < lines.size() && row <= 30; row += 10) {
            String[] cells = lines.get(row).split(",", -1);
            cells[11] = "9.不明";
            lines.set(row, String.join(",", cells));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        Reporting as = data.maker();
        JsonNode job = Bulk.finished(api.http, as, Bulk.upload(api.http, as, "/api/v1/status-changes/bulk", file,
                "accept-valid"), 120);
        System.out.printf("an upload with bad rows: %s, %d error(s)%n", job.path("state").asText(),
                job.path("errorCount").asInt());
        api.post(api.report, "/api/v1/api-keys", as.manufacturerToken(), """
                {"name":"ベンチ連携","expiresInDays":90}""");
        return new Maker(statusJob, job.path("id").asText());
    }

    /**
     * MFR001 reports a product limited for a demand increase; once wholesaler-allocation knows, WHS001 posts its
     * customers' purchases in the baseline window, their shipments and stock of the last days, orders above the
     * baseline (an order surge), a supply for this month (an allocation plan), and the shipments and stock of a
     * pharmacy in each prefecture (the ingredient's map across Japan, and a regional imbalance).
     */
    Wholesaler wholesaler() throws Exception {
        int index = rows * 3 / 4;
        String yj = Products.yjCode(PortalData.SERIES, index);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        api.post(api.report, "/api/v1/status-changes", tokens.of(DemoRealm.MANUFACTURER), """
                {"yjCode":"%s","shipmentResponse":"LIMITED_OWN_REASONS","reason":"DEMAND_INCREASE","effectiveDate":"%s"}"""
                .formatted(yj, today));
        String token = tokens.of(DemoRealm.WHOLESALER);
        // behind the national list's statuses on supply-status: at full size, thousands of events before this one
        await("wholesaler-allocation to know " + yj + " is limited", 600, () -> api.get(api.allocation,
                "/api/v1/products/" + yj, tokens.of(DemoRealm.WHOLESALER)).path("shipmentResponse").asText()
                .equals("LIMITED_OWN_REASONS"));
        LocalDate lastYear = today.minusDays(27).minusYears(1);
        LocalDate baseline = LocalDate.of(lastYear.getYear(), (lastYear.getMonthValue() - 1) / 3 * 3 + 1, 2);
        for (int c = 0; c < CUSTOMERS.size(); c++) {
            record(token, "shipments", "BENCH-B" + c, CUSTOMERS.get(c), yj, baseline, 920 - 400 * c);
            record(token, "shipments", "BENCH-S" + c, CUSTOMERS.get(c), yj, today.minusDays(3), 280 - 120 * c);
            record(token, "stock", "BENCH-K" + c, CUSTOMERS.get(c), yj, today, 100 + 50 * c);
            record(token, "orders", "BENCH-O" + c, CUSTOMERS.get(c), yj, today, 350 - 200 * c);
        }
        api.put(api.allocation, "/api/v1/wholesalers/" + WHOLESALER + "/supply/" + yj, token, """
                {"periodStart":"%s","periodEnd":"%s","supplyUnits":500,"unit":"錠"}"""
                .formatted(today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(1).minusDays(1)));
        prefectures(token, yj, today);
        String base = "/api/v1/wholesalers/" + WHOLESALER;
        await("an open finding naming " + WHOLESALER, 120, () -> api.get(api.allocation, base + "/findings",
                tokens.of(DemoRealm.WHOLESALER)).size() > 0);
        List<String> findings = codes(api.get(api.allocation, base + "/findings", token));
        List<String> plans = codes(api.get(api.allocation, base + "/allocations", token));
        System.out.printf("the wholesaler's customers ordered %s above their baseline: %d finding product(s), %d plan "
                + "product(s)%n", yj, findings.size(), plans.size());
        int withDays = 0;
        int onTheMap = 0;
        for (JsonNode prefecture : api.get(api.allocation, "/api/v1/ingredients/" + yj.substring(0, 7) + "/prefectures",
                token).path("prefectures")) {
            withDays += prefecture.path("daysOfSupply").isNumber() ? 1 : 0;
            onTheMap += prefecture.path("openFindings").size();
        }
        System.out.printf("its ingredient's map: days of supply in %d prefectures, %d open finding(s)%n", withDays,
                onTheMap);
        return new Wholesaler(yj, yj.substring(0, 7), NationalList.ingredientName(index), findings, plans);
    }

    /**
     * One pharmacy in each of the 47 prefectures (JIS codes 01 to 47, the first two digits of its medical institution
     * code) with the product's shipments of a week ago and its stock today, as two CSV uploads: days of supply rising
     * from 1.5 in prefecture 01 to 70.5 in 47, under the low threshold in some and over the high one in others.
     */
    private void prefectures(String token, String yj, LocalDate today) throws Exception {
        String header = "reference,facilityCode,yjCode,date,units,unit\n";
        StringBuilder shipments = new StringBuilder(header);
        StringBuilder stock = new StringBuilder(header);
        for (int prefecture = 1; prefecture <= 47; prefecture++) {
            String facility = FacilityCodes.withCheckDigit("%02d4%06d".formatted(prefecture, 900_000 + prefecture));
            shipments.append("BENCH-PS%d,%s,%s,%s,280,錠\n".formatted(prefecture, facility, yj, today.minusDays(7)));
            stock.append("BENCH-PK%d,%s,%s,%s,%d,錠\n".formatted(prefecture, facility, yj, today, 15 * prefecture));
        }
        upload(token, "shipments", shipments.toString());
        upload(token, "stock", stock.toString());
    }

    /** A CSV file of the wholesaler's records of one kind, stored whole. */
    private void upload(String token, String kind, String csv) throws Exception {
        api.send(api.request(api.allocation, "/api/v1/wholesalers/" + WHOLESALER + "/" + kind, token)
                .setHeader("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    /**
     * A draft, and a notice sent for review, both the regulator's; then the wait until the list's shortages are stale
     * ({@link PortalPages#STALE_AFTER} after their report), which the dashboard lists.
     */
    Regulator regulator() throws Exception {
        String draft = data.notice(4, false);
        String inReview = data.notice(5, false);
        api.post(api.notification, "/api/v1/notices/" + inReview + "/review-request", tokens.of(DemoRealm.REGULATOR), "");
        System.out.println("the regulator has a draft and a notice in review");
        String stale = "/api/v1/products?stale=true&page=1&size=1";
        await("the list's shortages to be stale", 300, () -> api.get(api.report, stale, null).path("totalItems")
                .asLong() > 0);
        System.out.printf("its dashboard: %d stale products; its map: %d open finding(s) nationwide%n",
                api.get(api.report, stale, null).path("totalItems").asLong(),
                api.get(api.allocation, "/api/v1/findings?limit=1", tokens.of(DemoRealm.REGULATOR)).path("total")
                        .asLong());
        return new Regulator(draft, inReview);
    }

    /** The products the manufacturer's history page names: those of its latest 50 changes, in order. */
    List<String> history() throws Exception {
        return codes(api.get(api.report, "/api/v1/status-changes?manufacturer=" + DemoRealm.MANUFACTURER.org()
                + "&limit=50", null));
    }

    private void record(String token, String kind, String reference, String facility, String yj, LocalDate day,
            long units) throws Exception {
        api.post(api.allocation, "/api/v1/wholesalers/" + WHOLESALER + "/" + kind, token, """
                {"reference":"%s","facilityCode":"%s","yjCode":"%s","date":"%s","units":%d,"unit":"錠"}"""
                .formatted(reference, facility, yj, day, units));
    }

    /** The distinct YJ codes of a list's entries, in order. */
    private static List<String> codes(JsonNode list) {
        Set<String> codes = new LinkedHashSet<>();
        list.forEach(e -> {
            String yj = e.path("yjCode").asText();
            if (yj.length() == 12) {
                codes.add(yj);
            }
        });
        return List.copyOf(codes);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, int seconds, Check check) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!holds(check)) {
            PortalApi.require(System.nanoTime() < deadline, "waited " + seconds + " s for " + what);
            Thread.sleep(500);
        }
    }

    /** Whether the check holds; an answer that is not 2xx (e.g. 404 before the event has arrived) is a no. */
    private static boolean holds(Check check) throws Exception {
        try {
            return check.holds();
        } catch (IllegalStateException notYet) {
            return false;
        }
    }
}
