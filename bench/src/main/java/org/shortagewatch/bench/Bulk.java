package org.shortagewatch.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scenario (b): the national list through {@code POST /api/v1/status-changes/bulk}, timed from the upload until every
 * accepted row's event is on Kafka (the supply-status topic's record count has grown by the accepted rows).
 * The products are registered first (untimed). Writes its figures; exits 3 when the service has no bulk API.
 */
public final class Bulk {

    static final String TOPIC = "supply-status";
    static final String STATUS_UPLOAD = "/api/v1/status-changes/bulk";
    static final String PRODUCT_UPLOAD = "/api/v1/products/bulk";
    static final int NOT_AVAILABLE = 3;

    private Bulk() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Reporting reporting = Reporting.from(args);
        int rows = args.getInt("rows", 18_520);
        int series = args.getInt("series", 2);
        String mode = args.get("mode", "all-or-nothing");
        Path file = Path.of(args.get("file", "national-list.csv"));
        Http http = new Http();
        Figures figures = Figures.fromEnvironment();

        String openApi = http.send(HttpRequest.newBuilder(URI.create(reporting.reportUrl() + "/q/openapi?format=json")).build()).body();
        if (!openApi.contains("/api/v1/status-changes/bulk")) {
            System.out.println("needs the bulk API (POST /api/v1/status-changes/bulk), which manufacturer-report does not have yet");
            System.exit(NOT_AVAILABLE);
        }

        NationalList.write(file, series, rows, "ベンチ製薬株式会社", LocalDate.now());
        System.out.printf("national list: %d rows, %.1f MB, %s%n", rows, Files.size(file) / 1e6, file);
        long setup = System.nanoTime();
        // Setup, not timed: the same file registers the products, uploaded by their manufacturer (the holder of
        // every row), as the national list's master columns.
        JsonNode registered = finished(http, reporting, upload(http, reporting, PRODUCT_UPLOAD, file, mode),
                args.getDouble("timeout-seconds", 300));
        if (!registered.path("state").asText().equals("SUCCEEDED")) {
            throw new IllegalStateException("registering the products failed: " + registered);
        }
        System.out.printf("registered %d products in %.1f s (setup, not timed)%n", rows, (System.nanoTime() - setup) / 1e9);

        try (TopicRecords topic = new TopicRecords(args.require("kafka-bootstrap"), TOPIC)) {
            long before = topic.count();
            HttpRequest upload = uploadRequest(reporting, STATUS_UPLOAD, file, mode);
            long begin = System.nanoTime();
            HttpResponse<String> accepted = http.send(upload);
            long answered = System.nanoTime();
            URI job = job(reporting, STATUS_UPLOAD, accepted);
            ObjectMapper json = new ObjectMapper();
            JsonNode state = null;
            long finished = 0;
            long onKafka = 0;
            long expected = -1;
            long deadline = begin + (long) (args.getDouble("timeout-seconds", 300) * 1e9);
            while (System.nanoTime() < deadline) {
                if (finished == 0) {
                    state = json.readTree(http.send(http.json(job, reporting.manufacturerToken()).GET().build()).body());
                    String s = state.path("state").asText();
                    if (!s.equals("QUEUED") && !s.equals("RUNNING")) {
                        finished = System.nanoTime();
                        expected = state.path("acceptedRows").asLong();
                    }
                }
                long now = topic.count() - before;
                if (expected >= 0 && now >= expected) {
                    onKafka = System.nanoTime();
                    break;
                }
                Thread.sleep(20);
            }
            if (state != null) {
                System.out.println("job: " + state.path("state").asText() + ", accepted " + state.path("acceptedRows")
                        + ", rejected " + state.path("rejectedRows") + (state.path("errors").size() > 0
                        ? ", first errors " + state.path("errors").toString().substring(0,
                                Math.min(600, state.path("errors").toString().length())) : ""));
            }
            if (onKafka == 0) {
                throw new IllegalStateException("not every accepted row reached Kafka within the timeout");
            }
            double seconds = (onKafka - begin) / 1e9;
            figures.add("bulk.rows", "Bulk: rows accepted", expected, "rows", ">=" + rows, "", "of " + rows + " in the file");
            figures.add("bulk.answer", "Bulk: upload answered 202", (answered - begin) / 1e6, "ms", "", "", "");
            figures.add("bulk.job", "Bulk: job finished", (finished - begin) / 1e9, "s", "", "", state.path("state").asText());
            figures.add("bulk.kafka", "Bulk: every event on Kafka", seconds, "s", "<10", "pg.copy.bulk",
                    "from upload start; limit: COPY of the same rows");
            figures.add("bulk.rate", "Bulk: rows per second to Kafka", expected / seconds, "rows/s", ">=1852",
                    "kafka.producer.rate", "");
            reupload(http, reporting, file, mode, topic, rows, seconds, figures, args.getDouble("timeout-seconds", 300));
        }
    }

    /**
     * The monthly re-upload: the same list again, every row unchanged. Timed until its job has finished; it must
     * record nothing (every row unchanged, no event on the topic) and take no longer than the first upload took to
     * reach Kafka.
     */
    static void reupload(Http http, Reporting reporting, Path file, String mode, TopicRecords topic, int rows,
            double firstSeconds, Figures figures, double timeoutSeconds) throws Exception {
        long before = topic.count();
        long begin = System.nanoTime();
        JsonNode state = finished(http, reporting, upload(http, reporting, STATUS_UPLOAD, file, mode),
                timeoutSeconds);
        double seconds = (System.nanoTime() - begin) / 1e9;
        Thread.sleep(2000); // anything the job had recorded would be on Kafka by now (the relay publishes in ms)
        long events = topic.count() - before;
        System.out.println("re-upload: " + state.path("state").asText() + ", accepted " + state.path("acceptedRows")
                + ", unchanged " + state.path("unchangedRows") + ", events " + events);
        figures.add("bulk.reupload.unchanged", "Bulk re-upload: rows unchanged", state.path("unchangedRows").asLong(),
                "rows", ">=" + rows, "", "the same list uploaded again");
        figures.add("bulk.reupload.events", "Bulk re-upload: events published", events, "events", "<=0", "", "");
        figures.add("bulk.reupload.job", "Bulk re-upload: job finished", seconds, "s",
                String.format("<=%.1f", firstSeconds), "", "goal: within the first upload's time to Kafka");
    }

    /** Posts the file; returns the job's address. */
    static URI upload(Http http, Reporting reporting, String path, Path file, String mode) throws Exception {
        return job(reporting, path, http.send(uploadRequest(reporting, path, file, mode)));
    }

    /** The upload of a file as the reporting manufacturer. */
    static HttpRequest uploadRequest(Reporting reporting, String path, Path file, String mode) throws IOException {
        return HttpRequest.newBuilder(URI.create(reporting.reportUrl() + path + "?mode=" + mode))
                .header("Authorization", "Bearer " + reporting.manufacturerToken())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
    }

    /** The job's address from the upload's answer, which must be 202. */
    static URI job(Reporting reporting, String path, HttpResponse<String> accepted) {
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException(path + " answered " + accepted.statusCode() + ": " + accepted.body());
        }
        return URI.create(reporting.reportUrl()).resolve(accepted.headers().firstValue("Location").orElseThrow());
    }

    /** Polls the job until it has finished; returns its last state. */
    static JsonNode finished(Http http, Reporting reporting, URI job, double timeoutSeconds) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
        while (System.nanoTime() < deadline) {
            JsonNode state = json.readTree(http.send(http.json(job, reporting.manufacturerToken()).GET().build()).body());
            if (!state.path("state").asText().equals("QUEUED") && !state.path("state").asText().equals("RUNNING")) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the job " + job + " did not finish within " + timeoutSeconds + " s");
    }
}
