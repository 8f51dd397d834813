package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SituationChartsTest {

    /** The 2023-11 survey's counts. */
    static final Map<String, Long> SURVEY = Map.of("NORMAL", 13_199L, "LIMITED_OWN_REASONS", 604L,
            "LIMITED_OTHER_COMPANY", 1_491L, "LIMITED_OTHER", 164L, "STOPPED", 2_012L);

    @Test
    void slicesFollowTheSurveysOrderWithShares() {
        List<SituationCharts.Slice> slices = SituationCharts.slices(SURVEY, Languages.JAPANESE);
        assertEquals(List.of("NORMAL", "LIMITED_OWN_REASONS", "LIMITED_OTHER_COMPANY", "LIMITED_OTHER", "STOPPED"),
                slices.stream().map(s -> s.response().name()).toList());
        assertEquals("75.6", slices.get(0).percent()); // 13,199 of 17,470
        assertEquals("11.5", slices.get(4).percent());
        assertEquals("0.0", SituationCharts.slices(Map.of(), Languages.JAPANESE).get(0).percent());
    }

    @Test
    void theDoughnutHasTheResponsesInOrderWithTheirColours() {
        String json = SituationCharts.responseChart(SituationCharts.slices(SURVEY, Languages.JAPANESE));
        assertTrue(json.contains("\"data\":[{\"name\":\"① 通常出荷\",\"value\":13199,\"itemStyle\":{\"color\":\"#1a7f37\"}}"), json);
        assertTrue(json.contains("\"type\":\"pie\""), json);
    }

    @Test
    void categoryBarsStackTheThreeLimitedKindsAndStopped() {
        String json = SituationCharts.categoryChart(List.of(
                new SituationCharts.CategoryCounts("先発品", 43, 43, 21, 90),
                new SituationCharts.CategoryCounts("後発品", 377, 1_135, 76, 1_547)), Languages.ENGLISH);
        assertTrue(json.contains("\"xAxis\":{\"type\":\"category\",\"data\":[\"先発品\",\"後発品\"]}"), json);
        assertTrue(json.contains("{\"name\":\"② Limited (own reasons)\",\"type\":\"bar\",\"data\":[43,377]"), json);
        assertTrue(json.contains("{\"name\":\"⑤ Supply stopped\",\"type\":\"bar\",\"data\":[90,1547]"), json);
        assertEquals(107, new SituationCharts.CategoryCounts("", 43, 43, 21, 90).limitedTotal());
    }
}
