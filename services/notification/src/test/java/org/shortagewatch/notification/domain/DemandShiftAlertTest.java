package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.events.ShipmentResponse.LIMITED_OTHER;
import static org.shortagewatch.events.ShipmentResponse.LIMITED_OTHER_COMPANY;
import static org.shortagewatch.events.ShipmentResponse.LIMITED_OWN_REASONS;
import static org.shortagewatch.events.ShipmentResponse.NORMAL;
import static org.shortagewatch.events.ShipmentResponse.STOPPED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ProductCategory;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplySecurityClass;
import org.shortagewatch.events.SupplyStatusChanged;
import org.shortagewatch.notification.domain.SupplyStatusAlert.Alternative;

class DemandShiftAlertTest {

    private static final Alternative NORTH = new Alternative("2456001F1030", "M-N", "アムロジピン錠5mg「北」", "5mg1錠",
            "北製薬", NORMAL);
    private static final SupplyStatusChanged STOP = new SupplyStatusChanged("2456001F1022", 3, STOPPED,
            ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T00:00:00Z"), "M-E")
            .describedAs(NORMAL, new SupplyStatusChanged.Product("アムロジピン錠5mg「東」", "5mg1錠", "東製薬",
                    ProductCategory.GENERIC, false, SupplySecurityClass.NONE));

    @Test
    void onlyAMoveFromNormalOrNoStatusToLimitedOrStoppedShiftsDemand() {
        assertTrue(DemandShiftAlert.shifts(NORMAL, STOPPED));
        assertTrue(DemandShiftAlert.shifts(NORMAL, LIMITED_OWN_REASONS));
        assertTrue(DemandShiftAlert.shifts(null, LIMITED_OTHER), "a first report that is already short");
        assertFalse(DemandShiftAlert.shifts(LIMITED_OWN_REASONS, STOPPED), "demand moved when it became limited");
        assertFalse(DemandShiftAlert.shifts(STOPPED, LIMITED_OTHER_COMPANY));
        assertFalse(DemandShiftAlert.shifts(STOPPED, STOPPED));
        assertFalse(DemandShiftAlert.shifts(STOPPED, NORMAL));
        assertFalse(DemandShiftAlert.shifts(null, NORMAL));
        assertFalse(DemandShiftAlert.shifts(NORMAL, NORMAL));
    }

    @Test
    void demandMovesToProductsShippingNormallyOrNotYetReported() {
        Alternative limited = new Alternative("2456001F1049", null, null, null, null, LIMITED_OWN_REASONS);
        Alternative stopped = new Alternative("2456001F1057", null, null, null, null, STOPPED);
        Alternative unreported = new Alternative("2456001F1065", null, null, null, null, null);
        assertEquals(List.of(NORTH, unreported),
                DemandShiftAlert.receivingDemand(List.of(NORTH, limited, stopped, unreported)));
        assertEquals(List.of(), DemandShiftAlert.receivingDemand(List.of(limited, stopped)));
    }

    @Test
    void theWarningIsOneLevelBelowTheChangeAndNeverBelowInfo() {
        assertEquals(Severity.HIGH, DemandShiftAlert.severity(Severity.CRITICAL));
        assertEquals(Severity.MEDIUM, DemandShiftAlert.severity(Severity.HIGH));
        assertEquals(Severity.LOW, DemandShiftAlert.severity(Severity.MEDIUM));
        assertEquals(Severity.INFO, DemandShiftAlert.severity(Severity.LOW));
        assertEquals(Severity.INFO, DemandShiftAlert.severity(Severity.INFO));
    }

    @Test
    void aFollowedProductHasOneCauseADayTheSameOnEveryReplay() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        UUID cause = DemandShiftAlert.cause(NORTH.yjCode(), day);
        assertEquals(cause, DemandShiftAlert.cause(NORTH.yjCode(), LocalDate.of(2026, 12, 1)), "deterministic");
        assertNotEquals(cause, DemandShiftAlert.cause("2456001F1065", day), "one cause per warned product");
        assertNotEquals(cause, DemandShiftAlert.cause(NORTH.yjCode(), day.plusDays(1)), "and per day");
    }

    @Test
    void theDayIsJapansCalendarDayOfTheReport() {
        assertEquals(LocalDate.of(2026, 12, 1), DemandShiftAlert.day(Instant.parse("2026-11-30T15:00:00Z")),
                "midnight in Tokyo is 15:00 UTC the day before");
        assertEquals(LocalDate.of(2026, 11, 30), DemandShiftAlert.day(Instant.parse("2026-11-30T14:59:59Z")));
    }

    @Test
    void namesBothProductsTheirMakersAndTheNewStatusInJapaneseAndEnglish() {
        UUID event = UUID.fromString("0193a5f0-0000-7000-8000-000000000001");
        Map<String, Object> payload = DemandShiftAlert.payload(event, STOP, NORTH, Severity.MEDIUM,
                Instant.parse("2026-11-25T00:00:01Z"));
        assertEquals("supply-status.demand-shift", payload.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) payload.get("data");
        assertEquals(List.of("2456001F1030", "北製薬", "NORMAL", "MEDIUM", event.toString()),
                fields(data, "yjCode", "manufacturerName", "shipmentResponse", "severity", "causeEventId"));
        @SuppressWarnings("unchecked")
        Map<String, Object> changed = (Map<String, Object>) data.get("changedProduct");
        assertEquals(List.of("2456001F1022", "アムロジピン錠5mg「東」", "東製薬", "STOPPED", "NORMAL"),
                fields(changed, "yjCode", "productName", "manufacturerName", "shipmentResponse",
                        "previousShipmentResponse"));
        assertEquals("アムロジピン錠5mg「北」（北製薬）［2456001F1030］：同一成分・同規格のアムロジピン錠5mg「東」"
                + "（東製薬）［2456001F1022］の出荷対応の状況が2026年12月1日から「供給停止」になります（理由：品質トラブル）。"
                + "この製品に需要が移る見込みです。在庫を確認し、必要量を超える発注はお控えください。", data.get("messageJa"));
        assertEquals("アムロジピン錠5mg「北」 (北製薬) [2456001F1030]: アムロジピン錠5mg「東」 (東製薬) "
                + "[2456001F1022], of the same ingredient, form and strength, will be “Supply stopped” from "
                + "2026-12-01 (reason: Quality trouble). Demand is expected to shift to this product; check your stock and order no "
                + "more than you need.", data.get("messageEn"));
        assertEquals("【中】需要移行の見込み：アムロジピン錠5mg「北」（北製薬）［2456001F1030］（同一成分・同規格の"
                + "アムロジピン錠5mg「東」（東製薬）［2456001F1022］が供給停止） / [MEDIUM] Demand expected to shift to "
                + "アムロジピン錠5mg「北」 (北製薬) [2456001F1030] (アムロジピン錠5mg「東」 (東製薬) [2456001F1022]: "
                + "Supply stopped)", DemandShiftAlert.subject(STOP, NORTH, Severity.MEDIUM));
    }

    @Test
    void anUnreportedProductWithoutANameIsNamedByItsYjCode() {
        Alternative unreported = new Alternative("2456001F1065", null, null, null, null, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) DemandShiftAlert.payload(UUID.randomUUID(), STOP, unreported,
                Severity.LOW, Instant.now()).get("data");
        assertEquals("未報告", data.get("shipmentResponseLabel"));
        assertFalse(data.containsKey("shipmentResponse"));
        assertTrue(data.get("messageJa").toString().startsWith("［2456001F1065］：同一成分・同規格の"));
    }

    /** The values of {@code keys} in the map, in that order. */
    private static List<Object> fields(Map<String, Object> map, String... keys) {
        return Arrays.stream(keys).map(map::get).toList();
    }
}
