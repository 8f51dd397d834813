package org.shortagewatch.report.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shortagewatch.report.rest.TestUploads.CSV;
import static org.shortagewatch.report.rest.TestUploads.STATUS_HEADER;
import static org.shortagewatch.report.rest.TestUploads.as;
import static org.shortagewatch.report.rest.TestUploads.finished;
import static org.shortagewatch.report.rest.TestUploads.utf8;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.AtOnce;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.events.YjCodes;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Four times as many manufacturers as the service has database connections upload their part of the national list
 * at once, first their products, then their statuses, and read their jobs' progress at once: every upload is
 * accepted, every read answered, every job finishes. A request holds at most one connection of the pool at a time
 * (docs/architecture.md, Persistence); one that held a session's connection while it waited for its transaction's
 * would, with as many such requests as connections, leave none to finish and be answered 500 when the pool's wait ran
 * out. Runs in its own Quarkus instance, with a pool of {@value #CONNECTIONS} connections.
 */
@QuarkusTest
@TestProfile(UploadsBeyondThePoolTest.FewConnections.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class UploadsBeyondThePoolTest {

    static final int CONNECTIONS = 4;
    static final int MAKERS = 4 * CONNECTIONS;

    /** The pool, and a client that waits longer than the pool's 30 seconds for a connection, to see the answer. */
    public static class FewConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", String.valueOf(CONNECTIONS),
                    "quarkus.http.test-timeout", "90s");
        }
    }

    /** Maker i of this test (MFR6xx, codes no other test uses) and its one product (84 000 0i F1010). */
    static String maker(int i) {
        return String.format("MFR6%02d", i);
    }

    static String product(int i) {
        return YjCodes.withCheckCharacter(String.format("84%05dF101", i));
    }

    @Test
    void everyMakerUploadingAtOnceIsAcceptedAndEveryJobFinishes() {
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        List<String> products = accepted("/api/v1/products/bulk", i -> "①薬剤区分,③成分名,⑤YJコード,⑥品名,⑧製品区分,"
                + "製造販売業者コード\n内用薬,同時成分,%s,同時錠,後発品,%s\n".formatted(product(i), maker(i)));
        finishedAsAccepted(products);
        List<String> statuses = accepted("/api/v1/status-changes/bulk",
                i -> STATUS_HEADER + product(i) + ",通常出荷," + today + ",,,,\n");

        List<Response> progress = AtOnce.run(MAKERS,
                i -> as(Roles.MANUFACTURER, maker(i)).get("/api/v1/bulk-jobs/{id}", statuses.get(i)));
        assertEquals(List.of(200), progress.stream().map(Response::statusCode).distinct().toList(),
                "every job's progress is answered");
        finishedAsAccepted(statuses);
    }

    /** Each maker's file uploaded at once as CSV; every upload must be accepted (202); the jobs' ids, by maker. */
    private static List<String> accepted(String path, IntFunction<String> fileOfMaker) {
        List<Response> answers = AtOnce.run(MAKERS, i -> as(Roles.MANUFACTURER, maker(i)).contentType(CSV)
                .body(utf8(fileOfMaker.apply(i))).post(path));
        assertEquals(List.of(202), answers.stream().map(Response::statusCode).distinct().toList(),
                () -> "every upload accepted, answered " + answers.stream().map(Response::statusCode).toList());
        return answers.stream().map(answer -> answer.<String>path("id")).toList();
    }

    private static void finishedAsAccepted(List<String> jobs) {
        IntStream.range(0, MAKERS).forEach(i -> finished(maker(i), jobs.get(i))
                .body("state", equalTo("SUCCEEDED")).body("acceptedRows", equalTo(1)));
    }
}
