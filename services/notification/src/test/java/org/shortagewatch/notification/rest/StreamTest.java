package org.shortagewatch.notification.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.ServerSentEvents;
import org.shortagewatch.infra.ServerSentEvents.Event;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.infra.coverage.AnsweredRequests;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A facility's server-sent event stream: a client that disconnects and resumes with Last-Event-ID misses nothing and sees nothing twice. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class StreamTest {

    @TestHTTPResource("/api/v1/streams/")
    URI streams;

    /** Reads n events from the stream, then disconnects. */
    List<Event> read(String facility, String lastEventId, int n) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(streams.resolve(facility))
                .header("Authorization", TestTokens.bearer(Roles.FACILITY, facility))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        AnsweredRequests.record("GET", streams.resolve(facility), response.statusCode()); // not a REST Assured request
        CompletableFuture<List<Event>> events = CompletableFuture.supplyAsync(() -> {
            List<Event> got = new ArrayList<>();
            try {
                ServerSentEvents.read(response.body(), event -> got.add(event) && got.size() < n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return got;
        });
        try {
            return events.get(20, TimeUnit.SECONDS);
        } finally {
            response.body().close();
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdMissesNothingAndSeesNothingTwice() throws Exception {
        String facility = MatchingTest.facility();
        String ing = MatchingTest.ingredient();
        MatchingTest.subscribe(facility, "INGREDIENT", ing, "[\"SSE\"]", "INFO");
        List<UUID> causes = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            UUID cause = UUID.randomUUID();
            causes.add(cause);
            MatchingTest.publish(cause, ing + "F" + i + "022", ShipmentResponse.STOPPED, 1, "MFR001");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> TestDatabase.count(
                "select count(*) from delivery where recipient = ? and channel = 'SSE'", facility) == 3);

        List<Event> first = read(facility, null, 2);
        assertEquals(2, first.size());

        // while disconnected, two more
        for (int i = 4; i <= 5; i++) {
            UUID cause = UUID.randomUUID();
            causes.add(cause);
            MatchingTest.publish(cause, ing + "F" + i + "022", ShipmentResponse.STOPPED, 1, "MFR001");
        }
        List<Event> rest = read(facility, first.get(1).id(), 3);

        List<Event> all = new ArrayList<>(first);
        all.addAll(rest);
        assertEquals(5, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(Long.parseLong(all.get(i).id()) > Long.parseLong(all.get(i - 1).id()), "ids ascend: " + all);
        }
        List<String> seen = new ArrayList<>();
        for (Event e : all) {
            assertEquals("SUPPLY_STATUS", e.name());
            seen.add(io.restassured.path.json.JsonPath.from(e.data()).getString("causeId"));
        }
        assertEquals(causes.stream().map(UUID::toString).sorted().toList(), seen.stream().sorted().toList(),
                "every alert exactly once");
        assertEquals(5, all.stream().map(Event::id).distinct().count(), "nothing twice");
    }

    @Test
    void anotherFacilitysStreamIsNotFoundAndTheAttemptIsAudited() throws Exception {
        long audited = org.shortagewatch.infra.TestDatabase.count("select count(*) from audit_log where action = "
                + "'authorization' and outcome = 'DENIED' and org = '2741222224' and target = 'GET /api/v1/streams/1341234563'");
        HttpRequest request = HttpRequest.newBuilder(streams.resolve("1341234563"))
                .header("Authorization", TestTokens.bearer(Roles.FACILITY, "2741222224")).build();
        assertEquals(404, HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                org.shortagewatch.infra.TestDatabase.count("select count(*) from audit_log where action = "
                        + "'authorization' and outcome = 'DENIED' and org = '2741222224' and target = "
                        + "'GET /api/v1/streams/1341234563'") == audited + 1);
    }

    @Test
    void anAdminCannotOpenTheStreamOfARecipientThatCannotExist() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(streams.resolve("no%20such%20one%3Cscript%3E"))
                .header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("\"field\":\"recipient\""), answer.body());
    }
}
