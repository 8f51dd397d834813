package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.report.domain.Scorecard.Point;
import org.shortagewatch.report.domain.Scorecard.Timeline;

class ScorecardTest {

    static final LocalDate D = LocalDate.of(2026, 1, 1);

    static Point at(int day, long revision, ShipmentResponse response) {
        return new Point(D.plusDays(day), revision, response, null, null);
    }

    static Map<String, Scorecard.Line> byCode(List<Scorecard.Line> lines) {
        return lines.stream().collect(Collectors.toMap(Scorecard.Line::manufacturerCode, Function.identity()));
    }

    @Test
    void episodesAreRunsOfLimitedOrStoppedDaysAndTheirDurations() {
        Timeline a = new Timeline("1149019F1005", "M1", "M1", List.of(
                at(0, 1, ShipmentResponse.NORMAL),
                at(10, 2, ShipmentResponse.LIMITED_OWN_REASONS),
                at(15, 3, ShipmentResponse.LIMITED_OTHER),   // still the same limited episode
                at(20, 4, ShipmentResponse.STOPPED),         // limited episode: days 10-20 = 10 days
                at(30, 5, ShipmentResponse.NORMAL),          // stopped episode: 10 days
                at(40, 6, ShipmentResponse.LIMITED_OWN_REASONS))); // open on day 49: days 40..49 = 10 days
        Scorecard.Line line = Scorecard.compute(List.of(a), D.plusDays(49)).get(0);
        assertEquals(2, line.limitedEpisodes());
        assertEquals(20, line.limitedDays());
        assertEquals(1, line.stoppedEpisodes());
        assertEquals(10, line.stoppedDays());
        assertEquals(1, line.openEpisodes());
        assertEquals(0.0, line.normalShare());
    }

    @Test
    void theLastRevisionOfADayHoldsAndLaterChangesDoNotCount() {
        Timeline a = new Timeline("1149019F1005", "M1", "M1", List.of(
                at(5, 2, ShipmentResponse.NORMAL),
                at(5, 1, ShipmentResponse.STOPPED),   // corrected the same day by revision 2
                at(60, 3, ShipmentResponse.STOPPED))); // after the day asked for
        Timeline never = new Timeline("1149019F1021", "M1", "M1", List.of());
        Scorecard.Line line = Scorecard.compute(List.of(a, never), D.plusDays(30)).get(0);
        assertEquals(0, line.stoppedEpisodes());
        assertEquals(2, line.products());
        assertEquals(1, line.productsReported());
        assertEquals(1.0, line.normalShare());
    }

    @Test
    void statedResolutionDatesAreKeptWhenNormalShipmentReturnedByThen() {
        Timeline kept = new Timeline("1149019F1005", "M1", "M1", List.of(
                new Point(D, 1, ShipmentResponse.LIMITED_OWN_REASONS, D.plusDays(30), null),
                new Point(D.plusDays(3), 2, ShipmentResponse.LIMITED_OWN_REASONS, D.plusDays(30), null), // restated
                at(25, 3, ShipmentResponse.NORMAL)));
        Timeline missed = new Timeline("1149019F1021", "M1", "M1", List.of(
                new Point(D, 1, ShipmentResponse.STOPPED, D.plusDays(20), null),
                at(40, 2, ShipmentResponse.NORMAL)));
        Timeline notDue = new Timeline("1149019F1036", "M1", "M1", List.of(
                new Point(D, 1, ShipmentResponse.STOPPED, D.plusDays(90), null)));
        Scorecard.Line line = Scorecard.compute(List.of(kept, missed, notDue), D.plusDays(50)).get(0);
        assertEquals(2, line.resolutionDatesDue());
        assertEquals(1, line.resolutionDatesKept());
        assertEquals(0.5, line.resolutionDatesKeptShare());
    }

    @Test
    void aResolutionDateCountsOnlyFromTheReportThatHeldAtTheEndOfItsDay() {
        LocalDate reported = D.plusDays(2);
        Timeline corrected = new Timeline("1149019F1005", "M1", "M1", List.of(
                new Point(D, 1, ShipmentResponse.STOPPED, D.plusDays(20), null, reported), // replaced the same day
                new Point(D, 2, ShipmentResponse.STOPPED, D.plusDays(25), null, reported),
                at(24, 3, ShipmentResponse.NORMAL)));
        Timeline restatedNextDay = new Timeline("1149019F1021", "M1", "M1", List.of(
                new Point(D, 1, ShipmentResponse.STOPPED, D.plusDays(20), null, reported), // held overnight: counts
                new Point(D, 2, ShipmentResponse.STOPPED, D.plusDays(25), null, reported.plusDays(1)),
                at(24, 3, ShipmentResponse.NORMAL)));
        Map<String, Scorecard.Line> lines = byCode(Scorecard.compute(List.of(corrected), D.plusDays(50)));
        assertEquals(1, lines.get("M1").resolutionDatesDue(), "the correction replaced the first statement");
        assertEquals(1, lines.get("M1").resolutionDatesKept());
        Scorecard.Line both = Scorecard.compute(List.of(restatedNextDay), D.plusDays(50)).get(0);
        assertEquals(2, both.resolutionDatesDue());
        assertEquals(1, both.resolutionDatesKept(), "day 20 was missed, day 25 kept");
    }

    @Test
    void helpIsCountedInDaysOfVolumeAPlusWhileAnotherCompanysSameIngredientProductWasShort() {
        Timeline short1 = new Timeline("1149019F1005", "OTHER", "OTHER", List.of(
                at(10, 1, ShipmentResponse.LIMITED_OWN_REASONS), at(30, 2, ShipmentResponse.NORMAL)));
        Timeline short2 = new Timeline("1149019F2016", "OTHER2", "OTHER2", List.of(
                at(25, 1, ShipmentResponse.STOPPED), at(35, 2, ShipmentResponse.NORMAL)));
        Timeline helper = new Timeline("1149019F1021", "HELPER", "HELPER", List.of(
                new Point(D.plusDays(0), 1, ShipmentResponse.NORMAL, null, ShipmentVolume.A),
                new Point(D.plusDays(20), 2, ShipmentResponse.NORMAL, null, ShipmentVolume.A_PLUS),
                new Point(D.plusDays(40), 3, ShipmentResponse.NORMAL, null, ShipmentVolume.A)));
        Timeline otherIngredient = new Timeline("2149019F1026", "HELPER", "HELPER", List.of(
                new Point(D, 1, ShipmentResponse.NORMAL, null, ShipmentVolume.A_PLUS)));
        Map<String, Scorecard.Line> lines = byCode(Scorecard.compute(
                List.of(short1, short2, helper, otherIngredient), D.plusDays(60)));
        // A+ from day 20 to 40; others short on days 10-30 and 25-35: covered 20-35 = 15 days.
        assertEquals(15, lines.get("HELPER").daysHelpingOthers());
        assertEquals(1, lines.get("HELPER").productsHelpingOthers());
        assertEquals(0, lines.get("OTHER").daysHelpingOthers());
        assertNull(lines.get("OTHER").resolutionDatesKeptShare());
    }

    @Test
    void aMakersLineFromItsOwnAndItsIngredientsTimelinesIsItsLineOfTheWhole() {
        Freshness rule = new Freshness(Duration.ofDays(30));
        Instant now = D.plusDays(60).atStartOfDay(ReportingDay.JAPAN).toInstant();
        Timeline stale = new Timeline("1149019F1005", "HELPER", "HELPER", List.of(at(0, 1, ShipmentResponse.STOPPED)),
                now.minus(Duration.ofDays(31)));
        Timeline helper = new Timeline("2149019F1026", "HELPER", "HELPER", List.of(
                new Point(D.plusDays(20), 1, ShipmentResponse.NORMAL, null, ShipmentVolume.A_PLUS)),
                now.minus(Duration.ofDays(90)));
        Timeline other = new Timeline("2149019F2014", "OTHER", "OTHER", List.of(
                at(25, 1, ShipmentResponse.LIMITED_OWN_REASONS), at(35, 2, ShipmentResponse.NORMAL)));
        Timeline unrelated = new Timeline("3149019F1012", "OTHER", "OTHER",
                List.of(at(0, 1, ShipmentResponse.STOPPED)));
        List<Timeline> all = List.of(stale, helper, other, unrelated);
        Scorecard.Line whole = byCode(Scorecard.compute(all, D.plusDays(60), rule, now)).get("HELPER");

        assertEquals(Optional.of(whole), Scorecard.lineOf("HELPER", List.of(stale, helper, other), D.plusDays(60),
                rule, now));
        assertEquals(1, whole.staleProducts(), "stopped, last confirmed 31 days ago; normal shipment is never stale");
        assertEquals(10, whole.daysHelpingOthers());
        assertEquals(Optional.empty(), Scorecard.lineOf("NOBODY", all, D.plusDays(60), rule, now));
        assertEquals(0, Scorecard.compute(all, D.plusDays(60)).get(0).staleProducts(), "no rule, none stale");
    }

    @Test
    void aShortageIsStaleOnlyWhenLastConfirmedLongerAgoThanTheRuleAllows() {
        Freshness rule = new Freshness(Duration.ofDays(30));
        Instant now = D.plusDays(60).atStartOfDay(ReportingDay.JAPAN).toInstant();
        List<Timeline> timelines = List.of(
                new Timeline("1149019F1005", "M1", "M1", List.of(at(0, 1, ShipmentResponse.LIMITED_OTHER)),
                        now.minus(Duration.ofDays(29))),
                new Timeline("1149019F1021", "M1", "M1", List.of(at(0, 1, ShipmentResponse.LIMITED_OTHER)), null),
                new Timeline("1149019F1036", "M1", "M1", List.of(at(0, 1, ShipmentResponse.STOPPED),
                        at(50, 2, ShipmentResponse.NORMAL)), now.minus(Duration.ofDays(40))));
        assertEquals(0, Scorecard.compute(timelines, D.plusDays(60), rule, now).get(0).staleProducts());
        assertEquals(1, Scorecard.compute(timelines, D.plusDays(40), rule, now).get(0).staleProducts(),
                "stopped on day 40, last confirmed 40 days before now");
    }
}
