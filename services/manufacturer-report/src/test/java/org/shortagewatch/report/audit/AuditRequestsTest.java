package org.shortagewatch.report.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shortagewatch.report.audit.AuditRows.awaitRow;
import static org.shortagewatch.report.audit.AuditRows.hex;
import static org.shortagewatch.report.audit.AuditRows.lastId;
import static org.shortagewatch.report.audit.AuditRows.query;
import static org.shortagewatch.report.audit.AuditRows.recordInOneTransaction;
import static org.shortagewatch.report.audit.AuditRows.rowsFor;
import static org.shortagewatch.report.audit.AuditRows.unique;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.audit.AuditOutcome;
import org.shortagewatch.common.audit.AuditTrail;
import org.shortagewatch.common.audit.CommonAuditAction;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestProducts;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.report.audit.AuditRows.AuditRow;
import org.shortagewatch.events.YjCodes;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * What requests leave in the audit trail, against a real PostgreSQL: a change made over HTTP with its caller,
 * organisation and source address; refused authentication and authorisation; and the admin's read of the newest rows.
 * As in {@link AuditTrailTest}, every assertion is about rows this test wrote.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "report"))
class AuditRequestsTest {

    @Inject
    AuditTrail audit;

    @Inject
    Pool pool;

    @Test
    void aChangeMadeOverHttpRecordsTheCallerTheOrganisationAndTheSourceAddress() throws Exception {
        String org = "MFR-AUDIT-" + ThreadLocalRandom.current().nextInt(1_000_000);
        // A YJ code no other test uses (they use the letter F).
        String yj = YjCodes.withCheckCharacter(String.format("%07dA%03d",
                ThreadLocalRandom.current().nextInt(10_000_000), ThreadLocalRandom.current().nextInt(1_000)));
        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, org)).contentType(ContentType.JSON)
                .body(TestProducts.body(org))
                .when().put("/api/v1/products/{yj}", yj)
                .then().statusCode(201);

        List<AuditRow> rows = rowsFor(yj);
        assertEquals(1, rows.size());
        AuditRow row = rows.get(0);
        assertEquals("product.register", row.action());
        assertEquals(AuditOutcome.SUCCESS.name(), row.outcome());
        assertEquals(Roles.MANUFACTURER + "-user@" + org, row.actor());
        assertEquals(org, row.org());
        assertEquals("127.0.0.1", row.sourceAddress());
    }

    @Test
    void refusedAuthenticationAndAuthorisationAreRecorded() throws Exception {
        long after = lastId();
        String path = "/api/v1/audit/verification";

        given().when().get(path).then().statusCode(401);
        AuditRow anonymous = awaitRow(after, "GET " + path);
        assertEquals(AuditOutcome.DENIED.name(), anonymous.outcome());
        assertEquals(CommonAuditAction.AUTHORIZATION.value(), anonymous.action(), "no token: fails the role check");
        assertEquals(AuditTrail.ANONYMOUS, anonymous.actor());
        assertEquals("127.0.0.1", anonymous.sourceAddress());

        given().header("Authorization", "Bearer not.a.token").when().get(path).then().statusCode(401);
        AuditRow badToken = awaitRow(anonymous.id(), "GET " + path);
        assertEquals(AuditOutcome.DENIED.name(), badToken.outcome());
        assertEquals(CommonAuditAction.AUTHENTICATION.value(), badToken.action());
        assertEquals(AuditTrail.ANONYMOUS, badToken.actor());

        given().header("Authorization", TestTokens.bearer(Roles.MANUFACTURER, "MFR777")).when().get(path)
                .then().statusCode(403);
        AuditRow forbidden = awaitRow(badToken.id(), "GET " + path);
        assertEquals(AuditOutcome.DENIED.name(), forbidden.outcome());
        assertEquals(CommonAuditAction.AUTHORIZATION.value(), forbidden.action());
        assertEquals(Roles.MANUFACTURER + "-user@MFR777", forbidden.actor());
        assertEquals("MFR777", forbidden.org());

        given().header("Authorization", TestTokens.bearer(Roles.ADMIN, "ops")).when().get(path)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("intact", equalTo(true));
        assertEquals(3, query("select * from audit_log where id > ? and target = ?", after, "GET " + path).size(),
                "one row per refusal, none for the admin's successful read");
    }

    @Test
    void adminsReadTheNewestRowsNewestFirst() throws Exception {
        String target = unique();
        List<AuditRow> rows = recordInOneTransaction(pool, audit, target, 2);
        String admin = TestTokens.bearer(Roles.ADMIN, "ops");
        long newer = rows.get(1).id();

        given().header("Authorization", admin).queryParam("limit", 2).queryParam("beforeId", newer + 1)
                .when().get("/api/v1/audit")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", contains((int) newer, (int) rows.get(0).id()))
                .body("[0].target", equalTo(target))
                .body("[0].actor", equalTo(AuditTrail.SYSTEM))
                .body("[0].outcome", equalTo(AuditOutcome.SUCCESS.name()))
                .body("[0].chainSeq", equalTo((int) (long) rows.get(1).chainSeq()))
                .body("[0].hash", equalTo(hex(rows.get(1).hash())))
                .body("[0].prevHash", equalTo(hex(rows.get(1).prevHash())))
                .body("[0].occurredAt", notNullValue());

        given().header("Authorization", admin).queryParam("limit", 0)
                .when().get("/api/v1/audit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }
}
