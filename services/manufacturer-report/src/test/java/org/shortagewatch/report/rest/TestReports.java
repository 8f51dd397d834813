package org.shortagewatch.report.rest;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.infra.TopicReader;
import org.shortagewatch.events.YjCodes;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What report's REST tests share: fresh products registered to a maker, requests as that maker, the supply-status
 * events published for a product, and row counts of a table.
 */
final class TestReports {

    private TestReports() {
    }

    static final AtomicInteger NEXT = new AtomicInteger(100);

    static final String MANUFACTURER = "MFR001";

    /** A YJ code no other test uses, registered as held by {@link #MANUFACTURER}. */
    static String freshYj() {
        String yj = YjCodes.withCheckCharacter(String.format("2456%03dF131", NEXT.getAndIncrement()));
        register(yj, MANUFACTURER);
        return yj;
    }

    static void register(String yj, String manufacturer) {
        register(yj, manufacturer, null);
    }

    /** Registered as held by {@code manufacturer}, named {@code manufacturerName} (製造販売業者名) unless null. */
    static void register(String yj, String manufacturer, String manufacturerName) {
        String body = TestProducts.body(manufacturer);
        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).contentType(ContentType.JSON)
                .body(manufacturerName == null ? body
                        : body.replaceFirst("\\{", "{\"manufacturerName\":\"" + manufacturerName + "\","))
                .when().put("/api/v1/products/{yj}", yj)
                .then().statusCode(201);
    }

    /** A request by {@link #MANUFACTURER}. */
    static RequestSpecification asManufacturer() {
        return given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, MANUFACTURER));
    }

    static List<ConsumerRecord<String, String>> eventsFor(String yj, int expected) {
        return eventsFor(yj, expected, Duration.ofSeconds(20));
    }

    static List<ConsumerRecord<String, String>> eventsFor(String yj, int expected, Duration wait) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        // Reads a little past the expected count, so a duplicate would be seen too.
        List<ConsumerRecord<String, String>> all = TopicReader.read(bootstrap, SupplyStatusChanged.TOPIC, wait,
                records -> records.stream().filter(r -> yj.equals(r.key())).count() > expected);
        return all.stream().filter(r -> yj.equals(r.key())).toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static long count(String table) throws Exception {
        return TestDatabase.count("select count(*) from " + table);
    }
}
