package org.shortagewatch.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.shortagewatch.infra.DemoRealm;

/**
 * The demo data a local run starts with ({@value #FOLDER}): each demo manufacturer's products in the national list's
 * layout, uploaded as that manufacturer would upload its list, once as master records and once as their status, the
 * operator's facility list, which names the demo pharmacy and hospital, and the demo wholesalers, which the operator
 * registers by name one by one. They go through the services' public APIs and bulk jobs like any upload, so the system
 * holds products to search, alternatives with their own status and organisations with names from its first start.
 * Loaded once for a data folder ({@value #MARKER} in it): a restart never undoes what its users changed since.
 */
final class DemoCatalogue {

    static final String FOLDER = "deploy/local/demo";
    static final String MARKER = "demo-data-loaded";
    private static final List<DemoRealm.User> MAKERS = List.of(DemoRealm.MANUFACTURER, DemoRealm.MANUFACTURER2);
    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "PARTIALLY_SUCCEEDED", "REJECTED", "FAILED");

    /** One finished bulk job of the load: where it went, as whom, and its row counts. */
    record Job(String path, String org, String state, int totalRows, int acceptedRows, int unchangedRows) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Path folder;
    private final URI report;
    private final URI allocation;
    private final URI notification;
    private final Function<DemoRealm.User, String> token;
    /** Each user's token, fetched once for the load (an administrator's sign-in uses up a one-time code). */
    private final Map<String, String> tokens = new HashMap<>();

    /**
     * @param services a service's address by its name ({@link LocalStack#serviceUrl})
     * @param token    a demo user's access token (from Keycloak, or minted with the local key)
     */
    DemoCatalogue(Path folder, Function<String, URI> services, Function<DemoRealm.User, String> token) {
        this.folder = folder;
        this.report = services.apply(LocalStack.MANUFACTURER_REPORT);
        this.allocation = services.apply(LocalStack.WHOLESALER_ALLOCATION);
        this.notification = services.apply(LocalStack.NOTIFICATION);
        this.token = token;
    }

    /** Loads the demo data unless {@code data} says it was loaded there before; returns what to print. */
    String loadOnce(Path data) throws IOException, InterruptedException {
        Path marker = data.resolve(MARKER);
        if (Files.exists(marker)) {
            return "demo data loaded on an earlier start (delete " + marker + " to load it again)";
        }
        List<Job> jobs = load();
        Files.createDirectories(data);
        Files.writeString(marker, jobs.toString() + "\n");
        return "demo data loaded: " + jobs.stream().filter(j -> j.path().endsWith("products/bulk"))
                .mapToInt(Job::acceptedRows).sum() + " products of " + MAKERS.size()
                + " manufacturers with their status, the facility list and the wholesalers (" + folder + ")";
    }

    /** Uploads every file; fails naming the file when a service refuses one or a job does not succeed. */
    List<Job> load() throws IOException, InterruptedException {
        List<Job> jobs = new ArrayList<>();
        for (DemoRealm.User maker : MAKERS) {
            byte[] list = Files.readAllBytes(folder.resolve("national-list-" + maker.org() + ".csv"));
            for (String path : List.of("/api/v1/products/bulk", "/api/v1/status-changes/bulk")) {
                jobs.add(uploaded(path, maker, list));
            }
        }
        HttpResponse<String> facilities = send(post(notification.resolve("/api/v1/facilities/bulk"), DemoRealm.ADMIN,
                Files.readAllBytes(folder.resolve("facilities.csv"))));
        if (facilities.statusCode() != 200) {
            throw new IOException("the facility list was refused: " + facilities.statusCode() + " " + facilities.body());
        }
        registerWholesalers();
        return jobs;
    }

    /** Registers each wholesaler of {@code wholesalers.csv} ({@code code,name}, a header line first) by its name. */
    private void registerWholesalers() throws IOException, InterruptedException {
        List<String> lines = Files.readAllLines(folder.resolve("wholesalers.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] codeAndName = line.split(",", 2);
            HttpResponse<String> registered = send(HttpRequest.newBuilder(
                            allocation.resolve("/api/v1/wholesalers/" + codeAndName[0]))
                    .header("Authorization", bearer(DemoRealm.ADMIN)).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofString(json.createObjectNode().put("name", codeAndName[1])
                            .toString())).build());
            if (registered.statusCode() != 200 && registered.statusCode() != 201) {
                throw new IOException("wholesaler " + codeAndName[0] + " was refused: " + registered.statusCode() + " "
                        + registered.body());
            }
        }
    }

    private Job uploaded(String path, DemoRealm.User maker, byte[] list) throws IOException, InterruptedException {
        HttpResponse<String> accepted = send(post(report.resolve(path + "?mode=all-or-nothing"), maker, list));
        if (accepted.statusCode() != 202) {
            throw new IOException(path + " refused " + maker.org() + "'s list: " + accepted.statusCode() + " "
                    + accepted.body());
        }
        URI job = report.resolve(accepted.headers().firstValue("Location").orElseThrow());
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonNode state = json.readTree(send(HttpRequest.newBuilder(job)
                    .header("Authorization", bearer(maker)).GET().build()).body());
            String at = state.path("state").asText();
            if ("SUCCEEDED".equals(at)) {
                return new Job(path, maker.org(), at, state.path("totalRows").asInt(),
                        state.path("acceptedRows").asInt(), state.path("unchangedRows").asInt());
            }
            if (FINISHED.contains(at) || System.nanoTime() - giveUp > 0) {
                throw new IOException(path + " did not take " + maker.org() + "'s list: " + state);
            }
            Thread.sleep(200);
        }
    }

    private HttpRequest post(URI uri, DemoRealm.User user, byte[] csv) {
        return HttpRequest.newBuilder(uri).header("Authorization", bearer(user))
                .header("Content-Type", "text/csv; charset=UTF-8").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
    }

    private String bearer(DemoRealm.User user) {
        return "Bearer " + tokens.computeIfAbsent(user.username(), name -> token.apply(user));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
