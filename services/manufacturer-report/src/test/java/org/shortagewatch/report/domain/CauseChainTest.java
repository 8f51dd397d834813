package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.report.domain.CauseChain.Effect;
import org.shortagewatch.report.domain.CauseChain.Period;
import org.shortagewatch.report.domain.CauseChain.Point;
import org.shortagewatch.report.domain.CauseChain.Timeline;

class CauseChainTest {

    static final String CAUSE = "2456001F1310";

    static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    static Point point(LocalDate day, ShipmentResponse response, String cause) {
        return new Point(day, response, cause);
    }

    @Test
    void theLatestStopIsItsLastRunOfStoppedDaysBegunByTheDay() {
        List<Point> own = List.of(point(day(1, 1), ShipmentResponse.STOPPED, null),
                point(day(2, 1), ShipmentResponse.NORMAL, null),
                point(day(3, 1), ShipmentResponse.STOPPED, null),
                point(day(3, 10), ShipmentResponse.STOPPED, null),
                point(day(4, 1), ShipmentResponse.LIMITED_OWN_REASONS, null));
        assertEquals(new Period(day(3, 1), day(4, 1)), CauseChain.latestStop(own, day(5, 1)));
        assertEquals(new Period(day(3, 1), null), CauseChain.latestStop(own, day(3, 31)));
        assertEquals(new Period(day(1, 1), day(2, 1)), CauseChain.latestStop(own, day(2, 28)));
        assertNull(CauseChain.latestStop(own, day(12, 31).minusYears(1)));
        assertNull(CauseChain.latestStop(List.of(point(day(1, 1), ShipmentResponse.NORMAL, null)), day(5, 1)));
    }

    @Test
    void theEffectsOfAStopAreThePeriodsNamingItThatLastedIntoTheStop() {
        Timeline before = new Timeline("2456001F1027", "前", "甲製薬", List.of(
                point(day(1, 10), ShipmentResponse.LIMITED_OTHER_COMPANY, CAUSE),
                point(day(2, 1), ShipmentResponse.NORMAL, null)));
        Timeline into = new Timeline("2456001F1035", "跨ぐ", "乙製薬", List.of(
                point(day(2, 20), ShipmentResponse.LIMITED_OTHER_COMPANY, CAUSE),
                point(day(3, 15), ShipmentResponse.NORMAL, null),
                point(day(4, 1), ShipmentResponse.LIMITED_OTHER_COMPANY, CAUSE),
                point(day(6, 1), ShipmentResponse.LIMITED_OWN_REASONS, null)));
        Timeline other = new Timeline("2456001F1043", "別原因", "丙製薬", List.of(
                point(day(3, 5), ShipmentResponse.LIMITED_OTHER_COMPANY, "1149001F1013")));
        List<Effect> effects = CauseChain.effectsSince(CAUSE, List.of(before, into, other), day(3, 1), day(5, 1));
        assertEquals(List.of(new Effect("2456001F1035", "跨ぐ", "乙製薬", new Period(day(2, 20), day(3, 15))),
                new Effect("2456001F1035", "跨ぐ", "乙製薬", new Period(day(4, 1), null))), effects);
    }
}
