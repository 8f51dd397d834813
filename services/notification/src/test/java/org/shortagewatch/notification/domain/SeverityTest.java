package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shortagewatch.events.ShipmentResponse.LIMITED_OTHER_COMPANY;
import static org.shortagewatch.events.ShipmentResponse.LIMITED_OWN_REASONS;
import static org.shortagewatch.events.ShipmentResponse.NORMAL;
import static org.shortagewatch.events.ShipmentResponse.STOPPED;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void supplyStoppedIsHighAndCriticalForABasicOrClassADrug() {
        assertEquals(Severity.HIGH, Severity.ofChange(NORMAL, STOPPED, false, null));
        assertEquals(Severity.CRITICAL, Severity.ofChange(NORMAL, STOPPED, true, null));
        assertEquals(Severity.CRITICAL, Severity.ofChange(LIMITED_OWN_REASONS, STOPPED, false, "A"));
        assertEquals(Severity.HIGH, Severity.ofChange(null, STOPPED, false, "B"));
    }

    @Test
    void limitedShipmentIsMediumAndHighForEssentialDrugs() {
        assertEquals(Severity.MEDIUM, Severity.ofChange(NORMAL, LIMITED_OWN_REASONS, false, null));
        assertEquals(Severity.HIGH, Severity.ofChange(NORMAL, LIMITED_OTHER_COMPANY, true, null));
        assertEquals(Severity.MEDIUM, Severity.ofChange(STOPPED, LIMITED_OWN_REASONS, false, "C"));
    }

    @Test
    void goodNewsAndUpdatesAreLow() {
        assertEquals(Severity.LOW, Severity.ofChange(STOPPED, NORMAL, true, "A"));
        assertEquals(Severity.INFO, Severity.ofChange(null, NORMAL, false, null));
        assertEquals(Severity.INFO, Severity.ofChange(NORMAL, NORMAL, false, null));
        assertEquals(Severity.LOW, Severity.ofChange(STOPPED, STOPPED, true, null), "same status, new outlook");
    }

    @Test
    void levelsAreOrderedForMatching() {
        assertTrue(Severity.CRITICAL.level() > Severity.HIGH.level());
        assertEquals(Severity.MEDIUM, Severity.ofLevel(Severity.MEDIUM.level()));
        assertEquals(0, Severity.INFO.level());
    }

    @Test
    void oneBelowStopsAtInfo() {
        assertEquals(Severity.HIGH, Severity.CRITICAL.oneBelow());
        assertEquals(Severity.INFO, Severity.LOW.oneBelow());
        assertEquals(Severity.INFO, Severity.INFO.oneBelow());
    }
}
