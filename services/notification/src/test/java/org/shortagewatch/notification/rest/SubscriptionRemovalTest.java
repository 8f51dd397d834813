package org.shortagewatch.notification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.matching.FollowedProduct;
import org.shortagewatch.notification.matching.MatchingTest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * A facility lists its subscriptions and removes one: owner only, audited; the removed subscription matches nothing
 * more, is no longer listed, and keeps its ledger.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class SubscriptionRemovalTest {

    /** A facility that owns none of the subscriptions: it may neither see nor change them. */
    static final String STRANGER = MatchingTest.facility();

    static RequestSpecification as(String role, String org) {
        return given().header("Authorization", TestTokens.bearer(role, org));
    }

    @Test
    void aFacilityListsAndRemovesItsOwnSubscriptionAndTheLedgerKeepsItsHistory() throws Exception {
        FollowedProduct followed = FollowedProduct.followingIngredient();
        String owner = followed.facility();
        String id = followed.subscription();

        as(Roles.FACILITY, owner).get("/api/v1/subscriptions?facility={f}", owner).then().statusCode(200)
                .body("id", hasItem(id)).body("find { it.id == '" + id + "' }.kind", equalTo("INGREDIENT"))
                .body("find { it.id == '" + id + "' }.secret", equalTo(null));
        as(Roles.FACILITY, STRANGER).get("/api/v1/subscriptions?facility={f}", owner).then().statusCode(404);
        given().get("/api/v1/subscriptions?facility={f}", owner).then().statusCode(401);
        as(Roles.FACILITY, owner).get("/api/v1/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("facility"));
        as(Roles.ADMIN, "ops").get("/api/v1/subscriptions?facility={f}", owner).then().statusCode(200).body("id", hasItem(id));

        MatchingTest.reported(followed.product(), ShipmentResponse.LIMITED_OWN_REASONS, 1, "MFR001");
        assertEquals(1, inbox(owner));

        // Another facility cannot remove it: answered as if it did not exist, and nothing changes.
        as(Roles.FACILITY, STRANGER).delete("/api/v1/subscriptions/{id}", id).then().statusCode(404);
        given().delete("/api/v1/subscriptions/{id}", id).then().statusCode(401);
        as(Roles.WHOLESALER, "WHS001").delete("/api/v1/subscriptions/{id}", id).then().statusCode(403);
        as(Roles.FACILITY, owner).get("/api/v1/subscriptions/{id}", id).then().statusCode(200).body("active", equalTo(true));

        as(Roles.FACILITY, owner).delete("/api/v1/subscriptions/{id}", id).then().statusCode(204);
        as(Roles.FACILITY, owner).delete("/api/v1/subscriptions/{id}", id).then().statusCode(204);
        assertEquals(1, TestDatabase.count("select count(*) from audit_log where action = 'subscription.delete' and target = ?", id));

        as(Roles.FACILITY, owner).get("/api/v1/subscriptions?facility={f}", owner).then().statusCode(200)
                .body("id", not(hasItem(id)));
        as(Roles.FACILITY, owner).get("/api/v1/subscriptions/{id}", id).then().statusCode(200)
                .body("active", equalTo(false)).body("disabledReason", equalTo("UNSUBSCRIBED"));
        as(Roles.FACILITY, owner).get("/api/v1/subscriptions/{id}/deliveries", id).then().statusCode(200);

        MatchingTest.reported(followed.product(), ShipmentResponse.STOPPED, 2, "MFR001");
        assertEquals(1, inbox(owner), "a removed subscription matches nothing more; the earlier entry is kept");
    }

    /**
     * A facility follows the same thing the same way once: the same target on the same channels again is refused,
     * naming the subscription it has (any order of channels); other channels are a subscription of their own; once
     * removed, it can be followed again.
     */
    @Test
    void theSameTargetOnTheSameChannelsIsFollowedOnceUntilRemoved() {
        FollowedProduct followed = FollowedProduct.followingProduct();
        String owner = followed.facility();
        String again = """
                {"facilityCode":"%s","kind":"YJ_CODE","target":"%s","channels":%s,"minSeverity":"HIGH"}""";
        as(Roles.FACILITY, owner).contentType("application/json").body(again.formatted(owner, followed.product(),
                "[\"INBOX\"]")).post("/api/v1/subscriptions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("target"))
                .body("errors[0].detail", containsString(followed.subscription()));
        String email = MatchingTest.subscribe(owner, "YJ_CODE", followed.product(), "[\"EMAIL\",\"INBOX\"]", "INFO");
        as(Roles.FACILITY, owner).contentType("application/json").body(again.formatted(owner, followed.product(),
                "[\"INBOX\",\"EMAIL\"]")).post("/api/v1/subscriptions")
                .then().statusCode(409).body("errors[0].detail", containsString(email));

        as(Roles.FACILITY, owner).delete("/api/v1/subscriptions/{id}", followed.subscription()).then().statusCode(204);
        MatchingTest.subscribe(owner, "YJ_CODE", followed.product(), "[\"INBOX\"]", "INFO");
    }

    @Test
    void aFacilityPausesASubscriptionAndResumesItOwnerOnlyAuditedAndNothingArrivesMeanwhile() throws Exception {
        FollowedProduct followed = FollowedProduct.followingProduct();
        String owner = followed.facility();
        String id = followed.subscription();

        as(Roles.FACILITY, STRANGER).post("/api/v1/subscriptions/{id}/pause", id).then().statusCode(404);
        as(Roles.FACILITY, owner).post("/api/v1/subscriptions/{id}/pause", id).then().statusCode(200)
                .body("active", equalTo(false)).body("disabledReason", equalTo("PAUSED"));
        as(Roles.FACILITY, owner).post("/api/v1/subscriptions/{id}/pause", id).then().statusCode(200);
        as(Roles.FACILITY, owner).get("/api/v1/subscriptions?facility={f}", owner).then().statusCode(200)
                .body("id", hasItem(id));
        MatchingTest.reported(followed.product(), ShipmentResponse.LIMITED_OWN_REASONS, 1, "MFR001");
        assertEquals(0, inbox(owner), "a paused subscription matches nothing");

        as(Roles.FACILITY, STRANGER).post("/api/v1/subscriptions/{id}/resumption", id).then().statusCode(404);
        as(Roles.FACILITY, owner).post("/api/v1/subscriptions/{id}/resumption", id).then().statusCode(200)
                .body("active", equalTo(true)).body("disabledReason", equalTo(null));
        MatchingTest.reported(followed.product(), ShipmentResponse.STOPPED, 2, "MFR001");
        assertEquals(1, inbox(owner), "resumed: the next change arrives");
        assertEquals(1, TestDatabase.count("select count(*) from audit_log where action = 'subscription.pause' and target = ?", id));
        assertEquals(1, TestDatabase.count("select count(*) from audit_log where action = 'subscription.resume' and target = ?", id));

        as(Roles.FACILITY, owner).delete("/api/v1/subscriptions/{id}", id).then().statusCode(204);
        as(Roles.FACILITY, owner).post("/api/v1/subscriptions/{id}/resumption", id).then().statusCode(409)
                .body("detail", equalTo("購読 " + id + " は削除されています"));
        as(Roles.FACILITY, owner).post("/api/v1/subscriptions/{id}/pause", id).then().statusCode(409);
    }

    static long inbox(String facility) throws Exception {
        return TestDatabase.count("select count(*) from delivery where recipient = ? and channel = 'INBOX'", facility);
    }
}
