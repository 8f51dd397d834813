package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatePrecisionTest {

    @ParameterizedTest(name = "{0}: {1} to {2}, {3} / {4}")
    @CsvSource({
            "DAY,         2027-02-14, 2027-02-14, 2027年2月14日,  2027-02-14",
            "EARLY_MONTH, 2027-02-03, 2027-02-10, 2027年2月上旬, early February 2027",
            "MID_MONTH,   2027-02-28, 2027-02-20, 2027年2月中旬, mid February 2027",
            "LATE_MONTH,  2027-02-01, 2027-02-28, 2027年2月下旬, late February 2027",
            "MONTH,       2028-02-01, 2028-02-29, 2028年2月,     February 2028"})
    void aPeriodEndsOnItsLastDayAndReadsAsTheListWritesIt(DatePrecision precision, LocalDate given, LocalDate end,
            String japanese, String english) {
        assertEquals(end, precision.periodEnd(given));
        assertEquals(japanese, precision.japanese(end));
        assertEquals(english, precision.english(end));
    }

    @Test
    void aReportKeepsAPeriodsLastDayAndNoPrecisionForADay() {
        StatusReport late = report(LocalDate.of(2027, 3, 5), DatePrecision.LATE_MONTH);
        assertEquals(LocalDate.of(2027, 3, 31), late.expectedResolutionDate());
        assertEquals(DatePrecision.LATE_MONTH, late.expectedResolutionPrecision());
        assertEquals(LocalDate.of(2027, 3, 31), late.volumeImprovementDate());

        StatusReport day = report(LocalDate.of(2027, 3, 5), DatePrecision.DAY);
        assertEquals(LocalDate.of(2027, 3, 5), day.expectedResolutionDate());
        assertNull(day.expectedResolutionPrecision(), "to the day is no precision, as in reports made before it");
        assertEquals(day, report(LocalDate.of(2027, 3, 5), null));
        assertFalse(EventJson.write(day).contains("Precision"));
        assertTrue(EventJson.write(late).contains("\"expectedResolutionPrecision\":\"LATE_MONTH\""));
        assertEquals(late, EventJson.read(EventJson.write(late), StatusReport.class));
    }

    @Test
    void theSameDayStatedToAnotherPrecisionIsANewStatementUnlessNoneWasKept() {
        StatusReport month = report(LocalDate.of(2027, 3, 31), DatePrecision.MONTH);
        assertTrue(month.repeats(report(LocalDate.of(2027, 3, 1), DatePrecision.MONTH), true));
        assertFalse(month.repeats(report(LocalDate.of(2027, 3, 31), DatePrecision.LATE_MONTH), true));
        assertTrue(month.repeats(report(LocalDate.of(2027, 3, 31), null), true),
                "a status kept without a precision is not restated by the same day's month");
        assertFalse(report(LocalDate.of(2027, 3, 31), null).repeats(month, true), "a day where a month was kept");
    }

    private static StatusReport report(LocalDate date, DatePrecision precision) {
        return new StatusReport("2456001F1310", ShipmentResponse.LIMITED_OWN_REASONS,
                ShortageReason.MANUFACTURING_TROUBLE, LocalDate.of(2027, 1, 5), null, null, ResolutionOutlook.YES,
                date, precision, ShipmentVolume.B, date, precision, null);
    }
}
