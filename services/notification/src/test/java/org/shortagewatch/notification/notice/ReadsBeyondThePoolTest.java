package org.shortagewatch.notification.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shortagewatch.notification.notice.NoticeTest.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.AtOnce;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.notification.matching.FollowedProduct;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The reads that take a notice or a subscription as an entity and then its ledger (a notice's statistics, its
 * timeline and its unacknowledged recipients; a subscription's deliveries), four times as many at once as the
 * service has database connections: every one is answered. A request holds at most one connection of the pool at a
 * time (docs/architecture.md, Persistence); one that held its session's connection while it waited for the ledger's
 * would, with as many such requests as connections, leave none to finish. Runs in its own Quarkus instance, with a
 * pool of {@value #CONNECTIONS} connections.
 */
@QuarkusTest
@TestProfile(ReadsBeyondThePoolTest.FewConnections.class)
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class ReadsBeyondThePoolTest {

    static final int CONNECTIONS = 4;

    /** The pool, and a client that waits longer than the pool's 30 seconds for a connection, to see the answer. */
    public static class FewConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", String.valueOf(CONNECTIONS),
                    "quarkus.http.test-timeout", "90s");
        }
    }

    @Test
    void readsOfEntitiesWithTheirLedgerAtOnceAreAllAnswered() {
        FollowedProduct followed = FollowedProduct.followingProduct();
        String notice = NoticeTest.publishNotice(followed.product(), null);
        List<Response> answers = AtOnce.run(4 * CONNECTIONS, i -> switch (i % 4) {
            case 0 -> as(Roles.REGULATOR, "MHLW").get("/api/v1/notices/{id}/statistics", notice);
            case 1 -> as(Roles.REGULATOR, "MHLW").get("/api/v1/notices/{id}/statistics/timeline", notice);
            case 2 -> as(Roles.REGULATOR, "MHLW").get("/api/v1/notices/{id}/unacknowledged", notice);
            default -> as(Roles.FACILITY, followed.facility())
                    .get("/api/v1/subscriptions/{id}/deliveries", followed.subscription());
        });
        assertEquals(List.of(200), answers.stream().map(Response::statusCode).distinct().toList(),
                () -> "every read answered, answered " + answers.stream().map(Response::statusCode).toList());
    }
}
