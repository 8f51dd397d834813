package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Delivered and acknowledged over time as shares of the recipients, periods labelled in Japan time. */
class NoticeReachChartTest {

    static final List<NoticeReachChart.Point> POINTS = List.of(
            new NoticeReachChart.Point(Instant.parse("2026-12-03T01:00:00Z"), 3, 0),
            new NoticeReachChart.Point(Instant.parse("2026-12-03T02:00:00Z"), 4, 1));

    @Test
    void rowsGiveTheRunningTotalsAndTheirShares() {
        List<NoticeReachChart.Row> rows = NoticeReachChart.rows(POINTS, 4, "HOUR", Locale.JAPANESE);
        assertEquals(new NoticeReachChart.Row("12/3 10:00", 3, 0, "75.0%", "0.0%"), rows.get(0));
        assertEquals(new NoticeReachChart.Row("12/3 11:00", 4, 1, "100.0%", "25.0%"), rows.get(1));
        assertEquals("", NoticeReachChart.rows(POINTS, 0, "HOUR", Locale.JAPANESE).get(0).deliveredShare());
    }

    @Test
    void periodsAreLabelledByTheirLength() {
        Instant at = Instant.parse("2026-12-02T15:00:00Z");
        assertEquals("12/3 00:00", NoticeReachChart.label(at, "HOUR", Locale.JAPANESE));
        assertEquals("12/3", NoticeReachChart.label(at, "DAY", Locale.JAPANESE));
        assertEquals("12/3〜", NoticeReachChart.label(at, "WEEK", Locale.JAPANESE));
        assertEquals("week of 12/3", NoticeReachChart.label(at, "WEEK", Locale.ENGLISH));
    }

    @Test
    void theChartHasTwoLinesInPercent() {
        String chart = NoticeReachChart.chart(POINTS, 4, "HOUR", Locale.JAPANESE, "送付率", "受領確認率");
        assertTrue(chart.contains("\"name\":\"送付率\",\"type\":\"line\",\"data\":[75.0,100.0]"), chart);
        assertTrue(chart.contains("\"name\":\"受領確認率\",\"type\":\"line\",\"data\":[0.0,25.0]"), chart);
        assertTrue(chart.contains("\"data\":[\"12/3 10:00\",\"12/3 11:00\"]"), chart);
    }
}
