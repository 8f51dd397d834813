package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoppageNoticeTest {

    @ParameterizedTest(name = "{0} with volume {1}: notice {2}")
    @CsvSource(nullValues = "none", value = {
            "STOPPED, none, true",
            "STOPPED, A, true",
            "LIMITED_OWN_REASONS, C, true",
            "LIMITED_OTHER, D, true",
            "NORMAL, D, true",
            "LIMITED_OWN_REASONS, B, false",
            "LIMITED_OTHER_COMPANY, none, false",
            "NORMAL, A_PLUS, false",
            "NORMAL, none, false"})
    void aStopOrAVolumeOfCOrDIsAStoppageNotice(ShipmentResponse response, ShipmentVolume volume, boolean notice) {
        assertEquals(notice, StoppageNotice.applies(response, volume));
    }
}
