package org.shortagewatch.report.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** Supply status is reported, and days are counted, on the Japanese calendar. */
public final class ReportingDay {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private ReportingDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }
}
