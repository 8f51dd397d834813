package org.shortagewatch.report.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shortagewatch.report.rest.TestReports.asManufacturer;
import static org.shortagewatch.report.rest.TestReports.eventsFor;
import static org.shortagewatch.report.rest.TestReports.freshYj;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shortagewatch.events.EventJson;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Two reports on one product at once: the second waits for the first's revision and, once the first commits, its event
 * names the first's response as the previous one, which alert severities are judged by (a recovery from a stop, an
 * update of one).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class ConcurrentReportsTest {

    private static String report(String yj, String response) {
        return asManufacturer().contentType(ContentType.JSON)
                .body("""
                        {"yjCode":"%s","shipmentResponse":"%s","effectiveDate":"2026-01-15"%s}"""
                        .formatted(yj, response, "NORMAL".equals(response) ? "" : ",\"reason\":\"MANUFACTURING_TROUBLE\""))
                .when().post("/api/v1/status-changes")
                .then().statusCode(201).extract().path("revision").toString();
    }

    @Test
    void aReportThatWaitedForAnotherOnTheSameProductFollowsIt() throws Exception {
        String yj = freshYj();
        assertEquals("1", report(yj, "NORMAL"));
        CompletableFuture<String> waiting;
        try (Connection first = TestDatabase.connect()) {
            // another report's transaction: it holds the product's revision and writes revision 2, a stop
            first.setAutoCommit(false);
            try (PreparedStatement revision = first.prepareStatement(
                    "update product_revision set revision = 2 where yj_code = ?");
                    PreparedStatement change = first.prepareStatement("""
                            insert into status_change (id, yj_code, revision, shipment_response, reason, effective_date,
                                reported_at, reported_by, event_id)
                            select nextval('status_change_seq'), yj_code, 2, 'STOPPED', 'MANUFACTURING_TROUBLE',
                                   effective_date, now(), reported_by, gen_random_uuid()
                            from status_change where yj_code = ? and revision = 1""")) {
                revision.setString(1, yj);
                revision.executeUpdate();
                change.setString(1, yj);
                change.executeUpdate();
            }
            waiting = CompletableFuture.supplyAsync(() -> report(yj, "LIMITED_OWN_REASONS"));
            await().atMost(Duration.ofSeconds(10)).until(() -> TestDatabase.count("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query like '%product_revision%'""") == 1);
            first.commit();
        }
        assertEquals("3", waiting.get());

        List<ConsumerRecord<String, String>> events = eventsFor(yj, 2);
        SupplyStatusChanged third = EventJson.read(events.get(1).value(), SupplyStatusChanged.class);
        assertEquals(3, third.revision());
        assertEquals(ShipmentResponse.STOPPED, third.previousShipmentResponse(),
                "the change committed while this report waited");
        asManufacturer().get("/api/v1/products/{yj}/status", yj).then().statusCode(200)
                .body("current.revision", equalTo(3));
    }
}
