package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.report.domain.StatusChangeRules.ReportedChange;

class StatusChangeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final String YJ = "2456001F1310";

    static List<String> fields(ReportedChange change) {
        return StatusChangeRules.check(change, TODAY).stream().map(StatusChangeRules.Violation::field).toList();
    }

    static ReportedChange change(ShipmentResponse response, ShortageReason reason) {
        return new ReportedChange(YJ, response, reason, null, null, null, null, null, null, null);
    }

    @Test
    void normalShipmentWithoutReasonIsConsistent() {
        assertTrue(fields(change(ShipmentResponse.NORMAL, null)).isEmpty());
    }

    @Test
    void normalShipmentCarriesNoShortageReason() {
        assertEquals(List.of("reason"), fields(change(ShipmentResponse.NORMAL, ShortageReason.OTHER)));
    }

    @ParameterizedTest
    @EnumSource(value = ShipmentResponse.class, names = "NORMAL", mode = EnumSource.Mode.EXCLUDE)
    void aShortageNeedsAReason(ShipmentResponse response) {
        assertEquals(List.of("reason"), fields(change(response, null)));
        assertTrue(fields(change(response, ShortageReason.DEMAND_INCREASE)).isEmpty());
    }

    @Test
    void aCauseProductGoesWithLimitedShipmentCausedByAnotherCompanyAndIsAnotherProduct() {
        assertTrue(fields(new ReportedChange(YJ, ShipmentResponse.LIMITED_OTHER_COMPANY, ShortageReason.DEMAND_INCREASE,
                "2456001F1329", null, null, null, null, null, null)).isEmpty());
        assertEquals(List.of("causeYjCode"), fields(new ReportedChange(YJ, ShipmentResponse.LIMITED_OTHER_COMPANY,
                ShortageReason.DEMAND_INCREASE, YJ, null, null, null, null, null, null)));
        assertEquals(List.of("causeYjCode"), fields(new ReportedChange(YJ, ShipmentResponse.STOPPED,
                ShortageReason.DEMAND_INCREASE, "2456001F1329", null, null, null, null, null, null)));
    }

    @Test
    void anExpectedResolutionDateGoesWithOutlookYesAndIsNotInThePast() {
        assertTrue(fields(new ReportedChange(YJ, ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.RAW_MATERIALS,
                null, ResolutionOutlook.YES, TODAY, null, null, null, null)).isEmpty());
        assertEquals(List.of("expectedResolutionDate"), fields(new ReportedChange(YJ,
                ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.RAW_MATERIALS, null, ResolutionOutlook.YES,
                TODAY.minusDays(1), null, null, null, null)));
        ReportedChange undecided = new ReportedChange(YJ, ShipmentResponse.LIMITED_OWN_REASONS,
                ShortageReason.RAW_MATERIALS, null, ResolutionOutlook.UNDECIDED, TODAY.plusDays(30), null, null, null, null);
        assertEquals(List.of("expectedResolutionDate"), fields(undecided));
        assertEquals("解消見込み時期は、⑮解消見込み（resolutionOutlook）が「あり」（YES）のときだけ指定できます",
                StatusChangeRules.check(undecided, TODAY).get(0).message().ja(), "the list's field, by its number");
        assertEquals(List.of("expectedResolutionDate"), fields(new ReportedChange(YJ, ShipmentResponse.NORMAL, null,
                null, ResolutionOutlook.YES, TODAY.plusDays(30), null, null, null, null)));
    }

    @Test
    void aVolumeImprovementDateIsNotInThePast() {
        assertEquals(List.of("volumeImprovementDate"), fields(new ReportedChange(YJ, ShipmentResponse.LIMITED_OTHER,
                ShortageReason.OTHER, null, null, null, TODAY.minusDays(1), null, null, null)));
    }

    @Test
    void aPrecisionGoesWithItsDate() {
        assertTrue(fields(new ReportedChange(YJ, ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.RAW_MATERIALS,
                null, ResolutionOutlook.YES, TODAY, TODAY, null, DatePrecision.LATE_MONTH, DatePrecision.MONTH))
                .isEmpty());
        assertEquals(List.of("expectedResolutionPrecision", "volumeImprovementPrecision"), fields(new ReportedChange(
                YJ, ShipmentResponse.LIMITED_OWN_REASONS, ShortageReason.RAW_MATERIALS, null, ResolutionOutlook.YES,
                null, null, null, DatePrecision.LATE_MONTH, DatePrecision.EARLY_MONTH)));
    }

    @Test
    void theShipmentVolumeAgreesWithTheResponse() {
        assertEquals(List.of("shipmentVolume"), fields(new ReportedChange(YJ, ShipmentResponse.NORMAL, null, null, null,
                null, null, ShipmentVolume.C, null, null)));
        assertTrue(fields(new ReportedChange(YJ, ShipmentResponse.NORMAL, null, null, null, null, null,
                ShipmentVolume.D, null, null)).isEmpty(), "a product to be delisted may ship normally until then");
        for (ShipmentVolume shipping : List.of(ShipmentVolume.A_PLUS, ShipmentVolume.A)) {
            assertEquals(List.of("shipmentVolume"), fields(new ReportedChange(YJ, ShipmentResponse.STOPPED,
                    ShortageReason.QUALITY_TROUBLE, null, null, null, null, shipping, null, null)));
        }
        assertTrue(fields(new ReportedChange(YJ, ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE, null, null,
                null, null, ShipmentVolume.C, null, null)).isEmpty());
    }
}
