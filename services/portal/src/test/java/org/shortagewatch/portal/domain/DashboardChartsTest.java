package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class DashboardChartsTest {

    static final List<DashboardCharts.WeekCounts> WEEKS = List.of(
            new DashboardCharts.WeekCounts("2026-W48", 100, 5, 4, 3, 2),
            new DashboardCharts.WeekCounts("2026-W49", 98, 6, 4, 3, 3));

    @Test
    void theWeeklyLinesAreTheFiveResponsesInSurveyOrderWithTheirColours() throws Exception {
        JsonNode option = ChartOptionsTest.read(DashboardCharts.weeklyChart(WEEKS, Locale.JAPANESE));
        assertEquals(List.of("2026-W48", "2026-W49"), List.of(option.at("/xAxis/data/0").asText(),
                option.at("/xAxis/data/1").asText()));
        assertEquals(5, option.at("/series").size());
        assertEquals("① 通常出荷", option.at("/series/0/name").asText());
        assertEquals(ShipmentResponseLabel.NORMAL.colour(), option.at("/series/0/lineStyle/color").asText());
        assertEquals("⑤ 供給停止", option.at("/series/4/name").asText());
        assertEquals(3, option.at("/series/4/data/1").asInt());
        assertEquals(6, option.at("/series/1/data/1").asInt(), "② in the second week");
    }

    @Test
    void eachWeekGivesTheCountOfEachResponse() {
        DashboardCharts.WeekCounts w = WEEKS.get(0);
        assertEquals(List.of(100L, 5L, 4L, 3L, 2L),
                List.of(ShipmentResponseLabel.values()).stream().map(w::of).toList());
    }

    @Test
    void reasonsStackTheirLimitedAndStoppedProducts() throws Exception {
        JsonNode option = ChartOptionsTest.read(DashboardCharts.reasonChart(List.of(
                new DashboardCharts.ReasonCounts("需要増", 7, 1),
                new DashboardCharts.ReasonCounts("理由の記載なし", 0, 2)), Locale.ENGLISH));
        assertEquals("需要増", option.at("/xAxis/data/0").asText());
        assertEquals(0, option.at("/xAxis/axisLabel/interval").asInt(), "every reason named, none left out");
        assertEquals("Limited (②-④)", option.at("/series/0/name").asText());
        assertEquals("total", option.at("/series/0/stack").asText());
        assertEquals(7, option.at("/series/0/data/0").asInt());
        assertEquals("⑤ Supply stopped", option.at("/series/1/name").asText());
        assertEquals(ShipmentResponseLabel.STOPPED.colour(), option.at("/series/1/itemStyle/color").asText());
        assertEquals(2, option.at("/series/1/data/1").asInt());
    }

    @Test
    void aReasonIsNamedInThePagesLanguageAndAMissingOneSaysSo() {
        assertEquals("需要増", DashboardCharts.reasonLabel("DEMAND_INCREASE", "需要増", Locale.JAPANESE));
        assertEquals("Demand increase", DashboardCharts.reasonLabel("DEMAND_INCREASE", "需要増", Locale.ENGLISH));
        assertEquals("理由の記載なし", DashboardCharts.reasonLabel(null, "理由の記載なし", Locale.JAPANESE));
        assertEquals("No reason stated", DashboardCharts.reasonLabel(null, "理由の記載なし", Locale.ENGLISH));
        assertEquals("限定出荷（②〜④）", DashboardCharts.limitedLabel(Locale.JAPANESE));
    }
}
