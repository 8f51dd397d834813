import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detection benchmark: generates a national data set for one ingredient, loads it into a running
 * wholesaler-allocation through its bulk CSV API, puts the product into limited shipment through manufacturer-report,
 * and times nationwide recomputations of the ingredient (detection + allocation) through the admin endpoint.
 *
 * <p>Run with {@code java DetectionBench.java} (JDK 17, no dependencies); see README.md and the run script. Settings
 * by environment (or system property): ALLOCATION_URL, REPORT_URL ("none": the product is put into limited shipment
 * by the caller), ADMIN_TOKEN, MANUFACTURER_TOKEN (for MFR001), FACILITIES, WHOLESALERS, RUNS, SEED, RESULTS_DIR.
 */
public class DetectionBench {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A setting: a system property of that name, else the environment variable, else the fallback. */
    static String env(String name, String fallback) {
        String v = System.getProperty(name, System.getenv(name));
        return v == null || v.isBlank() ? fallback : v;
    }

    /** A medical institution code with its check digit (Luhn over the first nine digits). */
    static String facilityCode(int prefecture, int kind, int serial) {
        String nine = String.format("%02d%d%06d", prefecture, kind, serial);
        int sum = 0;
        boolean doubled = true;
        for (int i = 8; i >= 0; i--) {
            int p = (nine.charAt(i) - '0') * (doubled ? 2 : 1);
            sum += p / 10 + p % 10;
            doubled = !doubled;
        }
        return nine + (10 - sum % 10) % 10;
    }

    /** The first day of the calendar quarter containing {@code day}. */
    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    record Facility(String code, int prefecture, String wholesaler, String second, long weekly, double surge,
            long stock) {
    }

    /** The product a seed's run uses (its ingredient key is the first 7 characters). */
    static String product(long seed) {
        String eleven = String.format("99%05dF102", seed % 100000);
        // its check character, as manufacturer-report asks of a new product (schemas' YjCodes, not on this class path)
        int sum = 0;
        for (int i = 10; i >= 0; i--) {
            char c = eleven.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 1) * (2 + (10 - i) % 6);
        }
        return eleven + (11 - sum % 11) % 11 % 10;
    }

    public static void main(String[] args) throws Exception {
        String allocation = env("ALLOCATION_URL", "http://localhost:8082");
        String report = env("REPORT_URL", "http://localhost:8081");
        String admin = env("ADMIN_TOKEN", null);
        String manufacturer = env("MANUFACTURER_TOKEN", null);
        int facilities = Integer.parseInt(env("FACILITIES", "6000"));
        int wholesalers = Integer.parseInt(env("WHOLESALERS", "5"));
        int runs = Integer.parseInt(env("RUNS", "10"));
        long seed = Long.parseLong(env("SEED", String.valueOf(System.nanoTime() % 100000)));
        Path results = Path.of(env("RESULTS_DIR", "bench/detection/results"));
        if (admin == null || (manufacturer == null && !report.equals("none"))) {
            throw new IllegalStateException("set ADMIN_TOKEN and MANUFACTURER_TOKEN (the run script does)");
        }
        Random random = new Random(seed);
        String yj = product(seed);
        String ingredient = yj.substring(0, 7);
        LocalDate today = LocalDate.now(JAPAN);
        LocalDate periodStart = today.withDayOfMonth(1);
        LocalDate periodEnd = periodStart.plusMonths(1).minusDays(1);
        LocalDate baselineStart = quarterStart(today.minusDays(27).minusYears(1));

        // --- the national data set --------------------------------------------------------------------------
        List<Facility> all = new ArrayList<>();
        for (int i = 0; i < facilities; i++) {
            int prefecture = 1 + i % 47;
            String w = "WHS" + String.format("%03d", 1 + random.nextInt(wholesalers));
            String second = random.nextInt(50) == 0 ? "WHS" + String.format("%03d", 1 + random.nextInt(wholesalers))
                    : null; // about 2%: duplicate ordering
            long weekly = 20 + random.nextInt(200);
            double surge = random.nextInt(20) == 0 ? 1.3 + random.nextDouble() : 0.8 + random.nextDouble() * 0.25;
            // Stock: about 3 weeks everywhere, 70 days in Tokyo (13), 4 days in Okinawa (47).
            double weeks = prefecture == 13 ? 10 : prefecture == 47 ? 0.6 : 3 + random.nextDouble();
            all.add(new Facility(facilityCode(prefecture, 4, 100000 + i), prefecture, w, second, weekly, surge,
                    Math.round(weekly * weeks)));
        }
        // Per wholesaler, CSV of shipments (13 weekly in last year's quarter, 8 weekly recently), orders (4 weekly
        // in the order window), stock (one count today).
        long rows = 0;
        Instant loadStarted = Instant.now();
        for (int w = 1; w <= wholesalers; w++) {
            String code = "WHS" + String.format("%03d", w);
            StringBuilder shipments = new StringBuilder("reference,facilityCode,yjCode,date,units,unit\n");
            StringBuilder orders = new StringBuilder("reference,facilityCode,yjCode,date,units,unit\n");
            StringBuilder stock = new StringBuilder("facilityCode,yjCode,date,units,unit\n");
            int n = 0;
            for (Facility f : all) {
                if (f.wholesaler().equals(code)) {
                    for (int week = 0; week < 13; week++) {
                        shipments.append("B").append(n++).append(',').append(f.code()).append(',').append(yj)
                                .append(',').append(baselineStart.plusWeeks(week)).append(',').append(f.weekly())
                                .append(",錠\n");
                    }
                    for (int week = 1; week <= 8; week++) {
                        shipments.append("R").append(n++).append(',').append(f.code()).append(',').append(yj)
                                .append(',').append(today.minusWeeks(week)).append(',').append(f.weekly())
                                .append(",錠\n");
                    }
                    stock.append(f.code()).append(',').append(yj).append(',').append(today).append(',')
                            .append(f.stock()).append(",錠\n");
                }
                boolean orders1 = f.wholesaler().equals(code);
                boolean orders2 = code.equals(f.second()) && !f.second().equals(f.wholesaler());
                if (orders1 || orders2) {
                    long units = Math.max(1, Math.round(f.weekly() * f.surge() * (orders2 ? 0.5 : 1)));
                    for (int week = 0; week < 4; week++) {
                        orders.append("O").append(n++).append(',').append(f.code()).append(',').append(yj).append(',')
                                .append(today.minusWeeks(week)).append(',').append(units).append(",錠\n");
                    }
                }
            }
            rows += upload(allocation, admin, code, "shipments", shipments.toString());
            rows += upload(allocation, admin, code, "orders", orders.toString());
            rows += upload(allocation, admin, code, "stock", stock.toString());
        }
        // A cluster of "cannot obtain" reports from Okinawa.
        int reports = 0;
        for (Facility f : all) {
            if (f.prefecture() == 47 && reports < 12) {
                send(allocation + "/api/v1/cannot-obtain-reports", "POST", admin, "application/json",
                        "{\"facilityCode\":\"" + f.code() + "\",\"yjCode\":\"" + yj + "\"}");
                reports++;
            }
        }
        long loadMillis = Duration.between(loadStarted, Instant.now()).toMillis();
        System.out.printf("loaded %d records (%d facilities, 47 prefectures, %d wholesalers) for %s in %d ms%n", rows,
                facilities, wholesalers, yj, loadMillis);

        // --- limited shipment, through manufacturer-report and Kafka -------------------------------------------
        if (!report.equals("none")) { // "none": the caller puts the product into limited shipment itself
            send(report + "/api/v1/products/" + yj, "PUT", admin, "application/json",
                    "{\"manufacturerCode\":\"MFR001\",\"productName\":\"ベンチ錠10mg\",\"ingredient\":\"ベンチ成分\","
                            + "\"strengthUnit\":\"10mg1錠\",\"drugCategory\":\"INTERNAL\",\"productCategory\":\"GENERIC\"}");
            send(report + "/api/v1/status-changes", "POST", manufacturer, "application/json",
                    "{\"yjCode\":\"" + yj + "\",\"shipmentResponse\":\"LIMITED_OWN_REASONS\",\"reason\":"
                            + "\"MANUFACTURING_TROUBLE\",\"effectiveDate\":\"" + today + "\"}");
        }
        Instant waitUntil = Instant.now().plusSeconds(60);
        while (!send(allocation + "/api/v1/products/" + yj, "GET", null, null, null).contains("LIMITED_OWN_REASONS")) {
            if (Instant.now().isAfter(waitUntil)) {
                throw new IllegalStateException("the status change did not reach wholesaler-allocation in 60 s");
            }
            Thread.sleep(200);
        }
        long supplyTotal = 0;
        for (int w = 1; w <= wholesalers; w++) {
            long supply = (long) (facilities / wholesalers) * 400;
            supplyTotal += supply;
            send(allocation + "/api/v1/wholesalers/WHS" + String.format("%03d", w) + "/supply/" + yj, "PUT", admin,
                    "application/json", "{\"periodStart\":\"" + periodStart + "\",\"periodEnd\":\"" + periodEnd
                            + "\",\"supplyUnits\":" + supply + ",\"unit\":\"錠\"}");
        }

        // --- the measurement: nationwide recomputations of the ingredient --------------------------------------
        List<Long> server = new ArrayList<>();
        List<Long> client = new ArrayList<>();
        String last = null;
        String slowest = null;
        long slowestMillis = -1;
        for (int run = 0; run <= runs; run++) {
            long t0 = System.nanoTime();
            last = send(allocation + "/api/v1/admin/recomputations/" + ingredient, "POST", admin, null, null);
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            if (run > 0) { // the first run warms up
                server.add(number(last, "totalMillis"));
                client.add(elapsed);
                if (number(last, "totalMillis") > slowestMillis) { // its steps say where an outlier's time went
                    slowestMillis = number(last, "totalMillis");
                    slowest = last;
                }
            }
        }
        long[] s = server.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] c = client.stream().mapToLong(Long::longValue).sorted().toArray();
        String summary = String.format("{\"benchmark\":\"detection\",\"at\":\"%s\",\"ingredientKey\":\"%s\","
                + "\"facilities\":%d,\"prefectures\":47,\"wholesalers\":%d,\"records\":%d,\"cannotObtainReports\":%d,"
                + "\"supplyUnits\":%d,\"loadMillis\":%d,\"runs\":%d,\"serverMillis\":{\"median\":%d,\"p95\":%d,"
                + "\"max\":%d},\"clientMillis\":{\"median\":%d,\"p95\":%d,\"max\":%d},\"goalMillis\":1000,"
                + "\"metGoal\":%s,\"lastReport\":%s,\"slowestReport\":%s}", Instant.now(), ingredient, facilities,
                wholesalers, rows,
                reports, supplyTotal, loadMillis, runs, pct(s, 50), pct(s, 95), s[s.length - 1], pct(c, 50),
                pct(c, 95), c[c.length - 1], pct(c, 95) < 1000, last, slowest);
        Files.createDirectories(results);
        Path file = results.resolve("detection-" + Instant.now().toString().replace(':', '-') + ".json");
        Files.writeString(file, summary + "\n");
        System.out.println(summary);
        System.out.printf("recomputation of %s nationwide: median %d ms, p95 %d ms (server), median %d ms (client); "
                + "goal under 1000 ms: %s; written to %s%n", ingredient, pct(s, 50), pct(s, 95), pct(c, 50),
                pct(c, 95) < 1000 ? "met" : "NOT met", file);
    }

    static long upload(String base, String token, String wholesaler, String kind, String csv) throws Exception {
        if (csv.indexOf('\n') == csv.length() - 1) {
            return 0; // header only
        }
        String answer = send(base + "/api/v1/wholesalers/" + wholesaler + "/" + kind, "POST", token,
                "text/csv; charset=UTF-8", csv);
        return number(answer, "records");
    }

    static String send(String url, String method, String token, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !(method.equals("GET") && response.statusCode() == 404)) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static long pct(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
