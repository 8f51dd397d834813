package org.shortagewatch.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.shortagewatch.events.FacilityCodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scenario (g), uploads: the memory of each service while it takes the largest file it accepts (its row cap), and
 * while it refuses the files that once exhausted it (one row over the cap; a small xlsx that inflates to a million
 * rows). The resident set size of the service's process is read from {@code /proc/<pid>/status} every 20 ms from
 * the upload's start until the service has finished with the file (for manufacturer-report, until its job is done);
 * the figure is the highest reading, beside the same process's resident size at rest before the scenario.
 */
public final class UploadMemory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MB = 1024 * 1024;

    private final Http http = new Http();
    private final Figures figures = Figures.fromEnvironment();
    private final Path dir;

    private UploadMemory(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        boolean smoke = args.flag("smoke");
        UploadMemory bench = new UploadMemory(Path.of(args.require("results-dir")));
        bench.figures.add("uploads.machine", "Uploads: the machine's memory", machineMemoryMb(), "MB", "", "",
                "MemTotal");
        int divisor = smoke ? 10 : 1;
        bench.report(Reporting.from(args), Long.parseLong(args.require("report-pid")), REPORT_CAP / divisor);
        bench.allocation(args.require("allocation-url"), args.require("admin-token"),
                Long.parseLong(args.require("allocation-pid")), ALLOCATION_CAP / divisor);
        bench.notification(args.require("notification-url"), args.require("admin-token"),
                Long.parseLong(args.require("notification-pid")), NOTIFICATION_CAP / divisor);
    }

    /** The scenario's YJ-code series (each scenario has its own; see {@link Products}; refresh's is 7). */
    static final int SERIES = 5;

    /** The services' row caps ({@code shortagewatch.upload.max-rows} in their application.properties). */
    private static final int REPORT_CAP = 50_000;
    private static final int ALLOCATION_CAP = 200_000;
    private static final int NOTIFICATION_CAP = 250_000;

    // ------------------------------------------------------------------------------------------------- the services

    /** The national list at the cap: products, then their statuses; then the refused files. */
    private void report(Reporting reporting, long pid, int rows) throws Exception {
        double idle = idle("report", pid);
        Path list = dir.resolve("national-list-" + rows + ".csv");
        NationalList.write(list, SERIES, rows, "ベンチ製薬株式会社", LocalDate.now());
        byte[] file = Files.readAllBytes(list);
        measure("report", "products", pid, idle, rows, () -> job(reporting, "/api/v1/products/bulk", file));
        measure("report", "statuses", pid, idle, rows, () -> job(reporting, "/api/v1/status-changes/bulk", file));
        measure("report", "over", pid, idle, REPORT_CAP + 1, () -> refused(reporting.reportUrl()
                + "/api/v1/status-changes/bulk", reporting.manufacturerToken(), "text/csv; charset=UTF-8",
                overCap(list, REPORT_CAP + 1)));
        measure("report", "inflating", pid, idle, 1_000_000, () -> refused(reporting.reportUrl()
                + "/api/v1/status-changes/bulk", reporting.manufacturerToken(), XLSX, inflating()));
    }

    /** Orders at the cap: a wholesaler's month for 4,000 customers; then the refused files. */
    private void allocation(String url, String admin, long pid, int rows) throws Exception {
        double idle = idle("allocation", pid);
        String orders = url + "/api/v1/wholesalers/WHS901/orders";
        measure("allocation", "orders", pid, idle, rows, () -> accepted(orders, admin, orders(0, rows)));
        measure("allocation", "over", pid, idle, ALLOCATION_CAP + 1,
                () -> refused(orders, admin, "text/csv; charset=UTF-8", orders(rows, ALLOCATION_CAP + 1)));
        measure("allocation", "inflating", pid, idle, 1_000_000, () -> refused(orders, admin, XLSX, inflating()));
    }

    /** A facility list at the cap (more than every facility in Japan); then the refused files. */
    private void notification(String url, String admin, long pid, int rows) throws Exception {
        double idle = idle("notification", pid);
        String bulk = url + "/api/v1/facilities/bulk";
        measure("notification", "facilities", pid, idle, rows, () -> accepted(bulk, admin, facilities(rows)));
        measure("notification", "over", pid, idle, NOTIFICATION_CAP + 1, () -> refused(bulk, admin,
                "text/csv; charset=UTF-8", facilities(NOTIFICATION_CAP + 1)));
        measure("notification", "inflating", pid, idle, 1_000_000, () -> refused(bulk, admin, XLSX, inflating()));
    }

    // ----------------------------------------------------------------------------------------------------- measuring

    private interface Upload {
        void run() throws Exception;
    }

    /** The process's resident size at rest: the median of 20 readings over two seconds. */
    private double idle(String service, long pid) throws Exception {
        double[] readings = new double[20];
        for (int i = 0; i < readings.length; i++) {
            readings[i] = rssMb(pid);
            Thread.sleep(100);
        }
        java.util.Arrays.sort(readings);
        double idle = readings[readings.length / 2];
        figures.add("uploads." + service + ".idle", "Uploads: " + service + " at rest", idle, "MB", "", "uploads.machine",
                "resident set size before its uploads");
        System.out.printf("%s at rest: %.0f MB%n", service, idle);
        return idle;
    }

    /** Runs the upload while reading the process's resident size every 20 ms; records the highest. */
    private void measure(String service, String file, long pid, double idle, int rows, Upload upload) throws Exception {
        AtomicLong peakKb = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peakKb.accumulateAndGet((long) (rssMb(pid) * 1024), Math::max);
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        sampler.start();
        long begin = System.nanoTime();
        try {
            upload.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        double peak = peakKb.get() / 1024.0;
        figures.add("uploads." + service + "." + file, "Uploads: " + service + ", " + describe(file, rows) + ": peak RSS",
                peak, "MB", "<512", "uploads." + service + ".idle", String.format("%.1f s", seconds));
        System.out.printf("%s, %s: peak %.0f MB (at rest %.0f MB), %.1f s%n", service, describe(file, rows), peak, idle,
                seconds);
    }

    private static String describe(String file, int rows) {
        return switch (file) {
            case "over" -> String.format("%,d rows, one over the cap (refused)", rows);
            case "inflating" -> "an xlsx inflating to 1,000,000 rows (refused)";
            default -> String.format("%s, %,d rows", file, rows);
        };
    }

    private static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IOException("no VmRSS for process " + pid);
    }

    private static double machineMemoryMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IOException("no MemTotal");
    }

    // ------------------------------------------------------------------------------------------------------ requests

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Posts a file to manufacturer-report's bulk API and waits for its job, which must succeed. */
    private void job(Reporting reporting, String path, byte[] file) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(reporting.reportUrl() + path
                + "?mode=accept-valid")).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + reporting.manufacturerToken())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build());
        if (answer.statusCode() != 202) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        URI job = URI.create(reporting.reportUrl()).resolve(answer.headers().firstValue("Location").orElseThrow());
        JsonNode state = Bulk.finished(http, reporting, job, 600);
        if (!state.path("state").asText().equals("SUCCEEDED")) {
            throw new IllegalStateException(path + " job ended " + state);
        }
    }

    private void accepted(String url, String token, byte[] file) throws Exception {
        HttpResponse<String> answer = post(url, token, "text/csv; charset=UTF-8", file);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(600, answer.body().length())));
        }
    }

    private void refused(String url, String token, String contentType, byte[] file) throws Exception {
        HttpResponse<String> answer = post(url, token, contentType, file);
        if (answer.statusCode() != 400 || !JSON.readTree(answer.body()).has("errors")) {
            throw new IllegalStateException(url + " should have refused the file with 400 naming it; answered "
                    + answer.statusCode() + ": " + answer.body().substring(0, Math.min(600, answer.body().length())));
        }
    }

    private HttpResponse<String> post(String url, String token, String contentType, byte[] file) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(file)).build());
    }

    // --------------------------------------------------------------------------------------------------------- files

    /** {@code rows} orders from row {@code first} on: a wholesaler's month for 4,000 customers and 1,000 products. */
    private static byte[] orders(int first, int rows) {
        StringBuilder csv = new StringBuilder("reference,facilityCode,yjCode,date,units,unit\n");
        LocalDate day = LocalDate.now().minusDays(30);
        for (int i = first; i < first + rows; i++) {
            csv.append("M").append(i).append(',').append(facility(i % 4_000)).append(',')
                    .append(Products.yjCode(SERIES, i % 1_000)).append(',').append(day.plusDays(i % 28)).append(",")
                    .append(1 + i % 50).append(",錠\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] facilities(int rows) {
        StringBuilder csv = new StringBuilder("code,kind,name,email\n");
        for (int i = 0; i < rows; i++) {
            csv.append(facility(i)).append(",PHARMACY,ベンチ薬局 ").append(i).append(" 号店,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A pharmacy's medical institution code (prefecture 13, table 4), distinct for each {@code i}. */
    private static String facility(int i) {
        return FacilityCodes.withCheckDigit(String.format("134%06d", 100_000 + i));
    }

    /** The national list's header and {@code rows} rows below it (the file's own rows repeated). */
    private static byte[] overCap(Path list, int rows) throws IOException {
        java.util.List<String> all = Files.readAllLines(list, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(all.get(0)).append('\n');
        for (int i = 0; i < rows; i++) {
            out.append(all.get(1 + i % (all.size() - 1))).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] inflatingWorkbook;

    /** A workbook of a few megabytes whose sheet holds a million rows of one repeated cell. */
    private static synchronized byte[] inflating() throws IOException {
        if (inflatingWorkbook == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("list");
            sheet.value(0, 0, "⑤YJコード");
            sheet.value(0, 1, "facilityCode");
            sheet.value(0, 2, "code");
            for (int r = 1; r <= 1_000_000; r++) {
                sheet.value(r, 0, 1);
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
            inflatingWorkbook = out.toByteArray();
            System.out.printf("inflating workbook: %.1f MB for 1,000,000 rows%n", inflatingWorkbook.length / MB);
        }
        return inflatingWorkbook;
    }
}
