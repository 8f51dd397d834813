package org.shortagewatch.allocation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The detection benchmark's own program ({@code bench/detection/DetectionBench.java}), on a smaller national data set,
 * against this service on the real Kafka and PostgreSQL of the tests: it proves the generator, the bulk load and the
 * nationwide recomputation work together and find what the data set holds. It asserts what was found, never how
 * long it took (the benchmark measures that on the running system).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "allocation"))
class NationalDataSetTest {

    private static final long SEED = 31337;
    private static final String YJ = "9931337F1020";

    @Test
    void theBenchmarkLoadsANationalDataSetAndItsRecomputationFindsWhatItHolds() throws Exception {
        TestEvents.send(TestEvents.supplyStatus(YJ, UUID.randomUUID(), new SupplyStatusChanged(YJ, 1,
                ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.DEMAND_INCREASE,
                LocalDate.now(ZoneId.of("Asia/Tokyo")), Instant.now(), "MFR001")));
        Path results = Files.createTempDirectory("detection-bench");
        Map<String, String> settings = Map.of("ALLOCATION_URL", "http://localhost:" + RestAssured.port,
                "REPORT_URL", "none", "ADMIN_TOKEN", TestTokens.bearer(Roles.ADMIN, "ops").substring(7),
                "FACILITIES", "1500", "WHOLESALERS", "4", "RUNS", "2", "SEED", String.valueOf(SEED),
                "RESULTS_DIR", results.toString());
        settings.forEach(System::setProperty);
        try {
            runBenchmark(Path.of("../../bench/detection/DetectionBench.java"));
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }

        List<Path> files;
        try (var list = Files.list(results)) {
            files = list.toList();
        }
        assertEquals(1, files.size(), "one results file");
        JsonNode summary = new ObjectMapper().readTree(files.get(0).toFile());
        assertEquals(YJ.substring(0, 7), summary.get("ingredientKey").asText());
        assertTrue(summary.get("records").asLong() > 30_000, summary.toString());
        JsonNode last = summary.get("lastReport");
        assertEquals(List.of(YJ), List.of(last.get("shortProducts").get(0).asText()));
        assertEquals(47, last.get("prefectures").asInt(), "every prefecture has stock and shipments");
        assertTrue(last.get("demandRows").asInt() >= 1500, "every facility ordered");
        assertEquals(4, last.get("plansComputed").asInt(), "one plan per wholesaler");
        assertTrue(last.get("customerLines").asInt() >= 1500, "every customer has a line");
        // Surges (about 5%), duplicate orders (about 2%), Tokyo against Okinawa, and Okinawa's cluster of reports.
        assertTrue(last.get("findingsOpen").asInt() > 40, last.toString());
        assertEquals(0, last.get("findingsOpened").asInt(), "a recomputation without new data changes nothing");
        assertEquals(0, last.get("plansPublished").asInt());
    }

    /** Compiles the single-file benchmark program and runs its main method in this JVM. */
    static void runBenchmark(Path source) throws Exception {
        Path classes = Files.createTempDirectory("detection-bench-classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", classes.toString(), source.toString()), "compiles");
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                NationalDataSetTest.class.getClassLoader())) {
            Method main = loader.loadClass("DetectionBench").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        }
    }
}
