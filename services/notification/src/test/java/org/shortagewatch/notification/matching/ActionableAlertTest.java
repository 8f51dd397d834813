package org.shortagewatch.notification.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.shortagewatch.notification.matching.MatchingTest.processed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.infra.RealInfrastructureResource;
import org.shortagewatch.infra.TestDatabase;
import org.shortagewatch.infra.TestEvents;
import org.shortagewatch.infra.TestTokens;
import org.shortagewatch.common.security.Roles;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Alerts a pharmacist can act on: they name the product, its strength and its maker; they list the same-ingredient
 * products with their makers and their own status; and their severity comes from the status event itself, so a basic
 * drug's stop is critical even when its product-master record has not arrived yet.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
class ActionableAlertTest {

    static UUID publishDescribed(String yj, long revision, ShipmentResponse response, ShipmentResponse previous,
            String name, String maker, boolean basicDrug) throws Exception {
        UUID id = UUID.randomUUID();
        TestEvents.send(TestEvents.supplyStatus(yj, id, new SupplyStatusChanged(yj, revision, response,
                response == ShipmentResponse.NORMAL ? null : ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1),
                Instant.now(), "MFR" + yj.substring(0, 4)).describedAs(previous, new SupplyStatusChanged.Product(name,
                        "1g1瓶", maker, ProductCategory.GENERIC, basicDrug, SupplySecurityClass.NONE))));
        processed(id);
        return id;
    }

    @Test
    void aBasicDrugsStopIsCriticalWithoutItsMasterRecordAndTheAlertNamesProductMakerAndAlternatives()
            throws Exception {
        FollowedProduct followed = FollowedProduct.followingProduct();
        String stopped = followed.product();
        String normalSibling = followed.sibling();
        String limitedSibling = followed.other("F1049");
        String f = followed.facility();
        publishDescribed(normalSibling, 1, ShipmentResponse.NORMAL, null, "セファゾリンNa注射用1g「北」", "北製薬", false);
        publishDescribed(limitedSibling, 1, ShipmentResponse.LIMITED_OWN_REASONS, null, "セファゾリンNa注射用1g「南」",
                "南製薬", false);

        // No product-master event for the stopped product at all: severity must come from the status event.
        UUID cause = publishDescribed(stopped, 2, ShipmentResponse.STOPPED, ShipmentResponse.NORMAL,
                "セファゾリンNa注射用1g「東」", "東製薬", true);
        assertEquals(1, TestDatabase.count("select count(*) from alert where cause_event_id = ?::uuid and severity = 4",
                cause.toString()), "a basic drug's stop is critical, whatever order the topics arrive in");

        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, f))
                .when().get("/api/v1/inbox/{code}", f).then().statusCode(200)
                .body("[0].subject", equalTo("【緊急】セファゾリンNa注射用1g「東」（東製薬）［" + stopped
                        + "］の出荷対応の状況：供給停止 / [CRITICAL] セファゾリンNa注射用1g「東」 (東製薬) [" + stopped
                        + "]: Supply stopped"))
                .body("[0].payload.data.productName", equalTo("セファゾリンNa注射用1g「東」"))
                .body("[0].payload.data.strengthUnit", equalTo("1g1瓶"))
                .body("[0].payload.data.manufacturerName", equalTo("東製薬"))
                .body("[0].payload.data.previousShipmentResponse", equalTo("NORMAL"))
                .body("[0].payload.data.alternativesShippingNormally", equalTo(1))
                .body("[0].payload.data.alternatives[0].yjCode", equalTo(normalSibling))
                .body("[0].payload.data.alternatives[0].manufacturerName", equalTo("北製薬"))
                .body("[0].payload.data.alternatives[0].shipmentResponseLabel", equalTo("通常出荷"))
                .body("[0].payload.data.alternatives[1].yjCode", equalTo(limitedSibling))
                .body("[0].payload.data.alternatives[1].shipmentResponse", equalTo("LIMITED_OWN_REASONS"))
                .body("[0].payload.data.messageJa", equalTo("セファゾリンNa注射用1g「東」（東製薬）［" + stopped
                        + "］の出荷対応の状況が2026年12月1日から「供給停止」になっています（理由：品質トラブル）。"
                        + "同一成分・同規格で通常出荷中の製品：セファゾリンNa注射用1g「北」（北製薬）。"));
    }

    @Test
    void whenNoAlternativeShipsNormallyTheAlertSaysSo() throws Exception {
        FollowedProduct followed = FollowedProduct.followingProduct();
        String yj = followed.product();
        String f = followed.facility();
        publishDescribed(followed.sibling(), 1, ShipmentResponse.STOPPED, null, "アセトアミノフェン錠200mg「西」", "西製薬",
                false);
        publishDescribed(yj, 1, ShipmentResponse.LIMITED_OWN_REASONS, null, "アセトアミノフェン錠200mg「東」", "東製薬",
                false);
        given().header("Authorization", TestTokens.bearer(Roles.FACILITY, f))
                .when().get("/api/v1/inbox/{code}", f).then().statusCode(200)
                .body("[0].payload.data.alternativesShippingNormally", equalTo(0))
                .body("[0].payload.data.alternatives[0].shipmentResponseLabel", equalTo("供給停止"))
                .body("[0].payload.data.messageJa", org.hamcrest.Matchers.endsWith(
                        "同一成分・同規格で通常出荷中の製品はありません（他の1製品は限定出荷・供給停止または未報告）。"));
    }
}
