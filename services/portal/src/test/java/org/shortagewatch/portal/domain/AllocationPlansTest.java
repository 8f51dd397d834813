package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AllocationPlansTest {

    record L(String yj, String facility, long quota, long used, long remaining) {
    }

    static final List<L> LINES = List.of(
            new L("2223001F1050", "1311234569", 640, 200, 440),
            new L("1149019F1013", "1341234563", 100, 120, 0),
            new L("2223001F1050", "1341234563", 60, 0, 60));

    @Test
    void linesAreGroupedPerProductInCodeOrderWithTheirSums() {
        List<AllocationPlans.Plan<L>> plans = AllocationPlans.byProduct(LINES, L::yj, L::quota, L::used, L::remaining);
        assertEquals(List.of("1149019F1013", "2223001F1050"), plans.stream().map(AllocationPlans.Plan::yjCode).toList());
        AllocationPlans.Plan<L> medicon = plans.get(1);
        assertEquals(List.of("1311234569", "1341234563"), medicon.lines().stream().map(L::facility).toList());
        assertEquals(700, medicon.quotaUnits());
        assertEquals(200, medicon.usedUnits());
        assertEquals(500, medicon.remainingUnits());
        assertEquals("2223001", medicon.ingredientKey());
        assertEquals("quotas-2223001F1050", medicon.chartId());
    }

    @Test
    void eachCustomersBarIsItsQuotaStackedFromShippedAndRemaining() throws Exception {
        List<AllocationPlans.Plan<L>> plans = AllocationPlans.byProduct(LINES, L::yj, L::quota, L::used, L::remaining);
        JsonNode option = new ObjectMapper().readTree(AllocationPlans.charts(plans, L::facility, L::used, L::remaining,
                Locale.JAPANESE).get("2223001F1050"));
        assertEquals("[\"1311234569\",\"1341234563\"]", option.path("xAxis").path("data").toString());
        JsonNode series = option.path("series");
        assertEquals("出荷済み", series.get(0).path("name").asText());
        assertEquals("[200,0]", series.get(0).path("data").toString());
        assertEquals("残り", series.get(1).path("name").asText());
        assertEquals("[440,60]", series.get(1).path("data").toString());
        assertEquals("total", series.get(1).path("stack").asText());
        String english = AllocationPlans.quotaChart(plans.get(0).lines(), L::facility, L::used, L::remaining,
                Locale.ENGLISH);
        assertEquals("Shipped", new ObjectMapper().readTree(english).path("series").get(0).path("name").asText());
    }
}
