package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;

class SupplyStatusAlertTest {

    @Test
    void statesTheChangePlainlyInJapaneseAndEnglish() {
        SupplyStatusChanged e = new SupplyStatusChanged("2456001F1310", 3, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T00:00:00Z"), null);
        Map<String, Object> payload = SupplyStatusAlert.payload(e, Instant.parse("2026-11-25T00:00:01Z"));
        assertEquals("supply-status.changed", payload.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) payload.get("data");
        assertEquals("2456001F1310 の出荷対応の状況が 2026年12月1日から「供給停止」になります（理由：品質トラブル）。",
                data.get("messageJa"));
        assertEquals("Shipment status of 2456001F1310 becomes stopped from 2026-12-01 (reason: quality trouble).",
                data.get("messageEn"));
        assertEquals("供給停止", data.get("shipmentResponseLabel"));
    }

    @Test
    void mentionsTheExpectedResolutionAndVolumeWhenReported() {
        SupplyStatusChanged e = new SupplyStatusChanged("2456001F1310", 4, ShipmentResponse.LIMITED_OWN_REASONS,
                ShortageReason.RAW_MATERIALS, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T00:00:00Z"), null,
                null, null, org.shortagewatch.events.ResolutionOutlook.YES, LocalDate.of(2027, 3, 31),
                org.shortagewatch.events.ShipmentVolume.B, null, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) SupplyStatusAlert.payload(e, Instant.now()).get("data");
        assertEquals("B", data.get("shipmentVolume"));
        assertEquals("2027-03-31", data.get("expectedResolutionDate"));
        assertEquals(true, data.get("messageJa").toString().endsWith("解消見込みは2027年3月31日です。"));
    }
}
