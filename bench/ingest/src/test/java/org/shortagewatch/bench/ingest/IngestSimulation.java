package org.shortagewatch.bench.ingest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.LocalDate;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Scenario (a), ingest: single status changes posted by a manufacturer at a fixed arrival rate. Open model: Gatling
 * starts {@code BENCH_RATE} new users a second, whatever the answers take, each posting one change, so slow answers
 * never slow the offered load down (no coordinated omission). The products (registered beforehand by bench/ingest/run)
 * come from {@code BENCH_PRODUCTS_FILE} in turn; changes alternate between limited shipment and normal shipment.
 */
public class IngestSimulation extends Simulation {

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private final double rate = Double.parseDouble(env("BENCH_RATE", "500"));
    private final int duration = Integer.parseInt(env("BENCH_DURATION", "60"));
    private final String today = LocalDate.now().toString();

    private final HttpProtocolBuilder protocol = http
            .baseUrl(env("BENCH_REPORT_URL", "http://localhost:8081"))
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + env("BENCH_MANUFACTURER_TOKEN", ""))
            // one keep-alive pool for all users: the service's speed is measured, not TCP and TLS handshakes
            .shareConnections();

    private final ScenarioBuilder post = scenario("status change")
            .feed(csv(env("BENCH_PRODUCTS_FILE", "products.csv")).circular())
            .exec(http("POST /api/v1/status-changes")
                    .post("/api/v1/status-changes")
                    .body(StringBody(session -> session.userId() % 2 == 0
                            ? "{\"yjCode\":\"" + session.getString("yjCode") + "\",\"shipmentResponse\":\"LIMITED_OWN_REASONS\","
                                    + "\"reason\":\"DEMAND_INCREASE\",\"effectiveDate\":\"" + today + "\"}"
                            : "{\"yjCode\":\"" + session.getString("yjCode") + "\",\"shipmentResponse\":\"NORMAL\","
                                    + "\"effectiveDate\":\"" + today + "\"}"))
                    .check(status().is(201)));

    {
        setUp(post.injectOpen(constantUsersPerSec(rate).during(duration))).protocols(protocol);
    }
}
