package org.shortagewatch.allocation.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.SupplyStatusChanged;

class SupplyStatusProjectionTest {

    private static final String YJ = "2456001F1310";
    private static final Instant REPORTED = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:05Z");

    static SupplyStatusChanged event(long revision, ShipmentResponse response, ShortageReason reason) {
        return new SupplyStatusChanged(YJ, revision, response, reason, LocalDate.of(2026, 12, 1), REPORTED, "M001");
    }

    static SupplyStatus stored(long revision) {
        return new SupplyStatus(YJ, revision, ShipmentResponse.NORMAL, null, LocalDate.of(2026, 1, 1),
                REPORTED.minusSeconds(86_400), REPORTED.minusSeconds(86_000), UUID.randomUUID());
    }

    @Test
    void theFirstEventOfAProductBecomesItsCurrentStatus() {
        UUID id = UUID.randomUUID();
        SupplyStatus next = SupplyStatusProjection.next(Optional.empty(), id,
                event(1, ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE), NOW).orElseThrow();
        assertEquals(new SupplyStatus(YJ, 1, ShipmentResponse.STOPPED, ShortageReason.QUALITY_TROUBLE,
                LocalDate.of(2026, 12, 1), REPORTED, NOW, id), next);
    }

    @Test
    void aHigherRevisionReplacesTheStoredStatus() {
        UUID id = UUID.randomUUID();
        SupplyStatus next = SupplyStatusProjection.next(Optional.of(stored(3)), id,
                event(4, ShipmentResponse.LIMITED_OTHER, ShortageReason.DEMAND_INCREASE), NOW).orElseThrow();
        assertEquals(4, next.revision());
        assertEquals(ShipmentResponse.LIMITED_OTHER, next.shipmentResponse());
        assertEquals(ShortageReason.DEMAND_INCREASE, next.reason());
        assertEquals(id, next.lastEventId());
        assertEquals(NOW, next.updatedAt());
    }

    @Test
    void aRevisionMaySkipAhead() {
        assertTrue(SupplyStatusProjection.isNewer(Optional.of(stored(3)), event(7, ShipmentResponse.NORMAL, null)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aRevisionNotAboveTheStoredOneChangesNothing(long revision) {
        assertFalse(SupplyStatusProjection.isNewer(Optional.of(stored(3)), event(revision, ShipmentResponse.NORMAL, null)));
        assertTrue(SupplyStatusProjection.next(Optional.of(stored(3)), UUID.randomUUID(),
                event(revision, ShipmentResponse.STOPPED, ShortageReason.OTHER), NOW).isEmpty());
    }

    @Test
    void aWellFormedEventPassesTheCheck() {
        assertDoesNotThrow(() -> SupplyStatusProjection.check(event(1, ShipmentResponse.NORMAL, null), YJ, YJ));
        assertDoesNotThrow(() -> SupplyStatusProjection.check(event(1, ShipmentResponse.NORMAL, null), null, null));
    }

    @Test
    void anEventThatCannotBeAppliedIsRefused() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertRefused(new SupplyStatusChanged("2456-001", 1, ShipmentResponse.NORMAL, null, day, REPORTED, null), "2456-001");
        assertRefused(new SupplyStatusChanged(null, 1, ShipmentResponse.NORMAL, null, day, REPORTED, null), null);
        assertRefused(new SupplyStatusChanged(YJ, 0, ShipmentResponse.NORMAL, null, day, REPORTED, null), YJ);
        assertRefused(new SupplyStatusChanged(YJ, 1, null, null, day, REPORTED, null), YJ);
        assertRefused(new SupplyStatusChanged(YJ, 1, ShipmentResponse.NORMAL, null, null, REPORTED, null), YJ);
        assertRefused(new SupplyStatusChanged(YJ, 1, ShipmentResponse.NORMAL, null, day, null, null), YJ);
    }

    @Test
    void anEventFiledUnderAnotherProductIsRefused() {
        SupplyStatusChanged e = event(1, ShipmentResponse.NORMAL, null);
        assertThrows(IllegalArgumentException.class, () -> SupplyStatusProjection.check(e, "6132016X1018", YJ));
        assertThrows(IllegalArgumentException.class, () -> SupplyStatusProjection.check(e, YJ, "6132016X1018"));
    }

    private static void assertRefused(SupplyStatusChanged e, String key) {
        assertThrows(IllegalArgumentException.class, () -> SupplyStatusProjection.check(e, key, null));
    }
}
