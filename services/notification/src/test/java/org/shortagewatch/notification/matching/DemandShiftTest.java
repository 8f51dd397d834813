package org.shortagewatch.notification.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shortagewatch.notification.matching.MatchingTest.facility;
import static org.shortagewatch.notification.matching.MatchingTest.ingredient;
import static org.shortagewatch.notification.matching.MatchingTest.master;
import static org.shortagewatch.notification.matching.MatchingTest.processed;
import static org.shortagewatch.notification.matching.MatchingTest.reported;
import static org.shortagewatch.notification.matching.MatchingTest.subscribedFacility;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.shortagewatch.common.security.Roles;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.notification.domain.DemandShiftAlert;
import org.shortagewatch.notification.domain.Severity;
import org.shortagewatch.notification.domain.SupplyStatusAlert;
import org.shortagewatch.notification.service.DemandShiftWarnings;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * When a product becomes limited or stopped, the facilities that follow a same-ingredient, same-strength product still
 * shipping normally (or not yet reported) are warned that demand will shift to it: once, one severity below the
 * change, not when they opted out, not on a replay, not on a move between shortage states, and not instead of the
 * change's own alert.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class DemandShiftTest {

    private static final String INBOX = "[\"INBOX\"]";

    @Inject
    Pool pool;

    @Inject
    DemandShiftWarnings warnings;

    /** A status record that describes its product, as manufacturer-report publishes it. */
    static ProducerRecord<String, String> described(UUID id, String yj, long revision, ShipmentResponse response,
            ShipmentResponse previous, String name, String maker) {
        return described(id, yj, revision, response, previous, name, maker, Instant.now());
    }

    static ProducerRecord<String, String> described(UUID id, String yj, long revision, ShipmentResponse response,
            ShipmentResponse previous, String name, String maker, Instant reportedAt) {
        return TestEvents.supplyStatus(yj, id, new SupplyStatusChanged(yj, revision, response,
                response == ShipmentResponse.NORMAL ? null : ShortageReason.MANUFACTURING_TROUBLE,
                LocalDate.of(2026, 12, 1), reportedAt, "MFR" + yj.substring(9)).describedAs(previous,
                        new SupplyStatusChanged.Product(name, "5mg1錠", maker, ProductCategory.GENERIC, false,
                                SupplySecurityClass.NONE)));
    }

    static UUID report(String yj, long revision, ShipmentResponse response, ShipmentResponse previous, String name,
            String maker) throws Exception {
        return report(yj, revision, response, previous, name, maker, Instant.now());
    }

    static UUID report(String yj, long revision, ShipmentResponse response, ShipmentResponse previous, String name,
            String maker, Instant reportedAt) throws Exception {
        UUID id = UUID.randomUUID();
        TestEvents.send(described(id, yj, revision, response, previous, name, maker, reportedAt));
        processed(id);
        return id;
    }

    /** The demand-shift rows in a facility's inbox. */
    static long demandShifts(String facility) throws Exception {
        return TestDatabase.count("""
                select count(*) from delivery d join alert a on a.cause_event_id = d.cause_event_id
                where d.recipient = ? and d.channel = 'INBOX' and a.kind = 'DEMAND_SHIFT'""", facility);
    }

    static String token(String facility) {
        return TestTokens.bearer(Roles.FACILITY, facility);
    }

    @Test
    void followersOfASameIngredientProductAreWarnedOnceWhenAProductStops() throws Exception {
        String ing = ingredient();
        String stopped = ing + "F1022";
        String normal = ing + "F1030";
        String limited = ing + "F1049";
        String unreported = ing + "F1057";
        String otherStrength = ing + "F2020";
        String followsNormal = subscribedFacility("YJ_CODE", normal, INBOX, "INFO");
        String followsUnreported = subscribedFacility("YJ_CODE", unreported, INBOX, "INFO");
        String onlyHigh = subscribedFacility("YJ_CODE", normal, INBOX, "HIGH");
        String followsLimited = subscribedFacility("YJ_CODE", limited, INBOX, "INFO");
        String followsOtherStrength = subscribedFacility("YJ_CODE", otherStrength, INBOX, "INFO");
        String followsStopped = subscribedFacility("YJ_CODE", stopped, INBOX, "INFO");
        String byIngredient = subscribedFacility("INGREDIENT", ing, INBOX, "INFO");
        String optedOut = facility();
        given().header("Authorization", token(optedOut)).contentType(ContentType.JSON)
                .body("""
                        {"facilityCode":"%s","kind":"YJ_CODE","target":"%s","channels":["INBOX"],"demandShiftAlerts":false}"""
                        .formatted(optedOut, normal))
                .when().post("/api/v1/subscriptions").then().statusCode(201).body("demandShiftAlerts", equalTo(false));

        // The limited product is reported first, while none of its siblings is known: nobody to warn yet.
        report(limited, 1, ShipmentResponse.LIMITED_OWN_REASONS, null, "アムロジピン錠5mg「南」", "南製薬");
        report(normal, 1, ShipmentResponse.NORMAL, null, "アムロジピン錠5mg「北」", "北製薬");
        report(stopped, 1, ShipmentResponse.NORMAL, null, "アムロジピン錠5mg「東」", "東製薬");
        report(otherStrength, 1, ShipmentResponse.NORMAL, null, "アムロジピン錠10mg「西」", "西製薬");
        master(unreported, "MFR-U", SupplySecurityClass.NONE, 1);
        for (String f : new String[] {followsNormal, followsUnreported, onlyHigh, followsLimited, followsStopped}) {
            assertEquals(0, demandShifts(f), "normal reports shift no demand: " + f);
        }

        UUID stop = UUID.randomUUID();
        TestEvents.send(described(stop, stopped, 2, ShipmentResponse.STOPPED, ShipmentResponse.NORMAL,
                "アムロジピン錠5mg「東」", "東製薬"));
        processed(stop);

        assertEquals(1, demandShifts(followsNormal));
        assertEquals(1, demandShifts(followsUnreported), "a product with no status reported takes demand too");
        assertEquals(0, demandShifts(onlyHigh), "the warning is MEDIUM, below this subscription's minimum");
        assertEquals(0, demandShifts(optedOut), "opted out when subscribing");
        assertEquals(0, demandShifts(followsLimited), "a product already short is not where demand goes");
        assertEquals(0, demandShifts(followsOtherStrength), "another strength is no alternative");
        assertEquals(0, demandShifts(followsStopped), "the stopped product's followers get its own alert only");
        assertEquals(0, demandShifts(byIngredient), "an ingredient subscription gets the change's own alert");
        for (String f : new String[] {followsStopped, byIngredient}) {
            assertEquals(1, TestDatabase.count("select count(*) from delivery where recipient = ? and cause_event_id = ?::uuid",
                    f, stop.toString()), "the change's own alert, as before: " + f);
        }
        given().header("Authorization", token(followsNormal))
                .when().get("/api/v1/inbox/{code}", followsNormal).then().statusCode(200)
                .body("[0].kind", equalTo("DEMAND_SHIFT"))
                .body("[0].severity", equalTo("MEDIUM"))
                .body("[0].subject", startsWith("【中】需要移行の見込み：アムロジピン錠5mg「北」（北製薬）［" + normal + "］"))
                .body("[0].payload.type", equalTo("supply-status.demand-shift"))
                .body("[0].payload.data.yjCode", equalTo(normal))
                .body("[0].payload.data.productName", equalTo("アムロジピン錠5mg「北」"))
                .body("[0].payload.data.manufacturerName", equalTo("北製薬"))
                .body("[0].payload.data.shipmentResponse", equalTo("NORMAL"))
                .body("[0].payload.data.severity", equalTo("MEDIUM"))
                .body("[0].payload.data.causeEventId", equalTo(stop.toString()))
                .body("[0].payload.data.changedProduct.yjCode", equalTo(stopped))
                .body("[0].payload.data.changedProduct.productName", equalTo("アムロジピン錠5mg「東」"))
                .body("[0].payload.data.changedProduct.manufacturerName", equalTo("東製薬"))
                .body("[0].payload.data.changedProduct.shipmentResponse", equalTo("STOPPED"))
                .body("[0].payload.data.changedProduct.previousShipmentResponse", equalTo("NORMAL"))
                .body("[0].payload.data.messageJa", equalTo("アムロジピン錠5mg「北」（北製薬）［" + normal
                        + "］：同一成分・同規格のアムロジピン錠5mg「東」（東製薬）［" + stopped + "］の出荷対応の状況が"
                        + "2026年12月1日から「供給停止」になっています（理由：製造トラブル）。この製品に需要が移る見込みです。"
                        + "在庫を確認し、必要量を超える発注はお控えください。"));
        assertEquals(0, TestDatabase.count("select count(*) from alert where cause_event_id = ?::uuid and kind = 'DEMAND_SHIFT'",
                stop.toString()), "the warning has a cause of its own, not the change's");

        // The same event again (same ce_id), then a later record of the same key to know the replay was handled.
        TestEvents.send(described(stop, stopped, 2, ShipmentResponse.STOPPED, ShipmentResponse.NORMAL,
                "アムロジピン錠5mg「東」", "東製薬"));
        reported(stopped, ShipmentResponse.NORMAL, 1, "MFR");
        assertEquals(1, demandShifts(followsNormal), "a replay warns nobody twice");
        assertEquals(1, demandShifts(followsUnreported));
    }

    @Test
    void warningTheSameEventAgainWritesNothingNew() throws Exception {
        String ing = ingredient();
        String product = ing + "F1022";
        String sibling = ing + "F1030";
        String f = subscribedFacility("YJ_CODE", sibling, "[\"INBOX\",\"SSE\"]", "INFO");
        UUID event = UUID.randomUUID();
        SupplyStatusChanged stop = new SupplyStatusChanged(product, 2, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.now(), "M1");
        List<SupplyStatusAlert.Alternative> alternatives = List.of(new SupplyStatusAlert.Alternative(sibling, "M2",
                null, null, null, ShipmentResponse.NORMAL));
        // What a replay that got past the processed-event record would do: the same event's warnings twice.
        for (int i = 0; i < 2; i++) {
            pool.withTransaction(c -> warnings.warn(c, event, stop, ShipmentResponse.NORMAL, Severity.HIGH,
                    alternatives)).await().atMost(Duration.ofSeconds(10));
        }
        UUID cause = DemandShiftAlert.cause(sibling, DemandShiftAlert.day(stop.reportedAt()));
        assertEquals(1, TestDatabase.count("select count(*) from alert where cause_event_id = ?::uuid", cause.toString()));
        assertEquals(2, TestDatabase.count("select count(*) from delivery where cause_event_id = ?::uuid and recipient = ?",
                cause.toString(), f), "one inbox row and one stream row, once");
    }

    @Test
    void aFollowedProductIsWarnedOfOnceADayHoweverManySiblingsGoShort() throws Exception {
        FollowedProduct followed = FollowedProduct.followingSibling();
        String second = followed.other("F1049");
        String nextDay = followed.other("F1057");
        for (String yj : List.of(followed.sibling(), followed.product(), second, nextDay)) {
            reported(yj, ShipmentResponse.NORMAL, 1, "M1");
        }

        UUID stop = reported(followed.product(), ShipmentResponse.STOPPED, 2, "M1");
        reported(second, ShipmentResponse.LIMITED_OWN_REASONS, 2, "M1");
        assertEquals(1, demandShifts(followed.facility()), "the second sibling to go short the same day warns nobody");
        given().header("Authorization", token(followed.facility()))
                .when().get("/api/v1/inbox/{code}", followed.facility()).then().statusCode(200)
                .body("[0].payload.data.causeEventId", equalTo(stop.toString()))
                .body("[0].payload.data.changedProduct.yjCode", equalTo(followed.product()));

        report(nextDay, 2, ShipmentResponse.STOPPED, ShipmentResponse.NORMAL, "アムロジピン錠5mg「南」", "南製薬",
                Instant.now().plus(Duration.ofDays(1)));
        assertEquals(2, demandShifts(followed.facility()), "the next day's change warns again");
    }

    @Test
    void onlyTheMoveOutOfNormalShipmentWarnsNotALaterStop() throws Exception {
        FollowedProduct followed = FollowedProduct.followingSibling();
        // Events that do not describe their product: the projection says what the status was before.
        reported(followed.sibling(), ShipmentResponse.NORMAL, 1, "M1");
        reported(followed.product(), ShipmentResponse.NORMAL, 1, "M2");

        reported(followed.product(), ShipmentResponse.LIMITED_OWN_REASONS, 2, "M2");
        assertEquals(1, demandShifts(followed.facility()));
        assertEquals(1, TestDatabase.count("""
                select count(*) from alert a join delivery d on d.cause_event_id = a.cause_event_id
                where a.kind = 'DEMAND_SHIFT' and a.severity = 1 and a.yj_code = ? and d.recipient = ?""",
                followed.sibling(), followed.facility()), "limited shipment is MEDIUM, its warning LOW");

        reported(followed.product(), ShipmentResponse.STOPPED, 3, "M2");
        assertEquals(1, demandShifts(followed.facility()), "from limited to stopped: demand moved already");
    }

    @Test
    void aFacilityTurnsItsWarningsOffAndOnAgainAndNobodyElseCan() throws Exception {
        FollowedProduct followed = FollowedProduct.followingSibling();
        String f = followed.facility();
        String id = followed.subscription();
        given().header("Authorization", token(f)).when().get("/api/v1/subscriptions/{id}", id).then()
                .statusCode(200).body("demandShiftAlerts", equalTo(true));

        given().header("Authorization", token(facility())).contentType(ContentType.JSON)
                .body("{\"demandShiftAlerts\":false}")
                .when().post("/api/v1/subscriptions/{id}/preferences", id).then().statusCode(404);
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", token(f)).contentType(ContentType.JSON)
                    .body("{\"demandShiftAlerts\":false}")
                    .when().post("/api/v1/subscriptions/{id}/preferences", id).then().statusCode(200)
                    .body("demandShiftAlerts", equalTo(false)).body("id", equalTo(id));
        }
        assertEquals(1, TestDatabase.count("select count(*) from audit_log where action = 'subscription.demand-shift-alerts' "
                + "and target = ?", id), "audited once: the second call changed nothing");

        reported(followed.sibling(), ShipmentResponse.NORMAL, 1, "M1");
        reported(followed.product(), ShipmentResponse.STOPPED, 1, "M2");
        assertEquals(0, demandShifts(f), "opted out");

        given().header("Authorization", token(f)).contentType(ContentType.JSON)
                .body("{\"demandShiftAlerts\":true}")
                .when().post("/api/v1/subscriptions/{id}/preferences", id).then().statusCode(200)
                .body("demandShiftAlerts", equalTo(true));
        reported(followed.other("F1049"), ShipmentResponse.LIMITED_OTHER, 1, "M3");
        assertEquals(1, demandShifts(f), "on again: the next product to go short warns");
    }
}
