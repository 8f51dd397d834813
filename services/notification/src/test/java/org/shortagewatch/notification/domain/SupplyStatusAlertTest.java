package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        assertEquals("［2456001F1310］の出荷対応の状況が2026年12月1日から「供給停止」になります（理由：品質トラブル）。",
                data.get("messageJa"));
        assertEquals("Shipment status of 2456001F1310 will be “Supply stopped” from 2026-12-01 (reason: Quality trouble).",
                data.get("messageEn"));
        assertEquals("供給停止", data.get("shipmentResponseLabel"));
    }

    @Test
    void aChangeAlreadyInEffectWhenReportedIsToldAsAFact() {
        // reported at 00:30 in Japan on 2 December (15:30 UTC the day before) about 1 December; then on its own day
        for (Instant reportedAt : new Instant[] {Instant.parse("2026-12-01T15:30:00Z"),
                Instant.parse("2026-11-30T15:00:00Z")}) {
            SupplyStatusChanged e = new SupplyStatusChanged("2456001F1310", 3, ShipmentResponse.STOPPED,
                    ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), reportedAt, null);
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) SupplyStatusAlert.payload(e, reportedAt).get("data");
            assertEquals("［2456001F1310］の出荷対応の状況が2026年12月1日から「供給停止」になっています（理由：品質トラブル）。",
                    data.get("messageJa"), reportedAt.toString());
            assertEquals("Shipment status of 2456001F1310 has been “Supply stopped” since 2026-12-01 (reason: "
                    + "Quality trouble).", data.get("messageEn"), reportedAt.toString());
        }
        // 14:59 UTC on 30 November is 23:59 on 30 November in Japan: the change is still to come
        SupplyStatusChanged early = new SupplyStatusChanged("2456001F1310", 3, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-30T14:59:00Z"), null);
        assertEquals(false, SupplyStatusAlert.inEffectWhenReported(early));
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

    @Test
    void anOutlookStatedToPartOfAMonthIsToldAsStated() {
        SupplyStatusChanged e = new SupplyStatusChanged(5, new org.shortagewatch.events.StatusReport("2456001F1310",
                ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.RAW_MATERIALS, LocalDate.of(2026, 12, 1), null,
                null, org.shortagewatch.events.ResolutionOutlook.YES, LocalDate.of(2027, 3, 1),
                org.shortagewatch.events.DatePrecision.LATE_MONTH, null, null, null, null),
                Instant.parse("2026-11-25T00:00:00Z"), null, null, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) SupplyStatusAlert.payload(e, Instant.now()).get("data");
        assertEquals("2027-03-31", data.get("expectedResolutionDate"), "the period's last day");
        assertEquals("LATE_MONTH", data.get("expectedResolutionPrecision"));
        assertEquals(true, data.get("messageJa").toString().endsWith("解消見込みは2027年3月下旬です。"),
                data.get("messageJa").toString());
        assertEquals(true, data.get("messageEn").toString().endsWith("Expected to be resolved by late March 2027."),
                data.get("messageEn").toString());
    }

    private static final SupplyStatusChanged.Product BASIC_DRUG = new SupplyStatusChanged.Product("品名", "10mg1錠",
            "製薬", null, true, null);

    @Test
    void severityComesFromTheEventWhenItDescribesTheProductWhateverTheProjectionKnew() {
        SupplyStatusChanged stop = new SupplyStatusChanged("2456001F1310", 2, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T00:00:00Z"), null)
                .describedAs(ShipmentResponse.NORMAL, BASIC_DRUG);
        assertEquals(Severity.CRITICAL, SupplyStatusAlert.severity(stop, null), "master record not yet seen");
        assertEquals(Severity.CRITICAL, SupplyStatusAlert.severity(stop,
                new SupplyStatusAlert.Before(ShipmentResponse.NORMAL, false, null)), "projection behind the event");
        SupplyStatusChanged older = new SupplyStatusChanged("2456001F1310", 2, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T00:00:00Z"), null);
        assertEquals(Severity.CRITICAL, SupplyStatusAlert.severity(older,
                new SupplyStatusAlert.Before(ShipmentResponse.NORMAL, true, null)), "an older event: the projection's");
        assertEquals(Severity.HIGH, SupplyStatusAlert.severity(older, null));
    }

    @Test
    void namesTheProductAndListsAlternativesWithTheirMakersAndStatus() {
        SupplyStatusChanged e = new SupplyStatusChanged("2456001F1310", 3, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T00:00:00Z"), null)
                .describedAs(ShipmentResponse.NORMAL, BASIC_DRUG);
        List<SupplyStatusAlert.Alternative> alternatives = List.of(
                new SupplyStatusAlert.Alternative("2456001F1320", "M2", "別品名", "10mg1錠", "別製薬",
                        ShipmentResponse.NORMAL),
                new SupplyStatusAlert.Alternative("2456001F1330", "M3", null, null, null, null));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) SupplyStatusAlert.payload(e, Severity.CRITICAL, alternatives,
                Instant.now()).get("data");
        assertEquals("品名（10mg1錠、製薬）［2456001F1310］の出荷対応の状況が2026年12月1日から「供給停止」になります"
                + "（理由：品質トラブル）。同一成分・同規格で通常出荷中の製品：別品名（別製薬）。", data.get("messageJa"));
        assertEquals("Shipment status of 品名 10mg1錠 (製薬) [2456001F1310] will be “Supply stopped” from 2026-12-01"
                + " (reason: Quality trouble). Same ingredient and strength, shipping normally: 別品名 (別製薬).",
                data.get("messageEn"));
        assertEquals(1L, data.get("alternativesShippingNormally"));
        assertEquals("【緊急】品名（10mg1錠、製薬）［2456001F1310］の出荷対応の状況：供給停止 / [CRITICAL] 品名 10mg1錠 (製薬)"
                + " [2456001F1310]: Supply stopped", SupplyStatusAlert.subject(e, Severity.CRITICAL));
        assertEquals(true, SupplyStatusAlert.bodyText(e, List.of()).contains("同一成分・同規格の他の製品はありません。"));
    }

    @Test
    void aNameThatStatesItsStrengthIsNotFollowedByIt() {
        SupplyStatusChanged e = new SupplyStatusChanged("2223001F1050", 3, ShipmentResponse.LIMITED_OWN_REASONS,
                null, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T00:00:00Z"), null)
                .describedAs(ShipmentResponse.NORMAL, new SupplyStatusChanged.Product("メジコン錠15mg", "15mg1錠",
                        "シオノギファーマ", null, false, null));
        assertEquals("【中】メジコン錠15mg（シオノギファーマ）［2223001F1050］の出荷対応の状況：限定出荷（自社の事情） / [MEDIUM] "
                + "メジコン錠15mg (シオノギファーマ) [2223001F1050]: Limited (own reasons)",
                SupplyStatusAlert.subject(e, Severity.MEDIUM));
    }

    @Test
    void thePreviousResponseIsTheEventsWhenItDescribesTheProductElseTheProjections() {
        SupplyStatusChanged bare = new SupplyStatusChanged("2456001F1310", 2, ShipmentResponse.STOPPED,
                ShortageReason.QUALITY_TROUBLE, LocalDate.of(2026, 12, 1), Instant.parse("2026-11-25T00:00:00Z"), null);
        SupplyStatusAlert.Before limited = new SupplyStatusAlert.Before(ShipmentResponse.LIMITED_OWN_REASONS, false, null);
        assertEquals(ShipmentResponse.LIMITED_OWN_REASONS, SupplyStatusAlert.previous(bare, limited));
        assertEquals(null, SupplyStatusAlert.previous(bare, null), "the projection knew nothing: a first report");
        assertEquals(ShipmentResponse.NORMAL,
                SupplyStatusAlert.previous(bare.describedAs(ShipmentResponse.NORMAL, BASIC_DRUG), limited));
        assertEquals(null, SupplyStatusAlert.previous(bare.describedAs(null, BASIC_DRUG), limited),
                "the event says it is the product's first report");
    }

    @Test
    void anAlertListsAtMostTwentyAlternatives() {
        List<SupplyStatusAlert.Alternative> many = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> new SupplyStatusAlert.Alternative("2456001F1" + String.format("%03d", i), null, null,
                        null, null, ShipmentResponse.NORMAL))
                .toList();
        assertEquals(many.subList(0, 20), SupplyStatusAlert.listed(many));
        assertEquals(many.subList(0, 3), SupplyStatusAlert.listed(many.subList(0, 3)));
    }
}
