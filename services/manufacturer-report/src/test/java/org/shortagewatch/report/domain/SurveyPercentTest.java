package org.shortagewatch.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SurveyPercentTest {

    @Test
    void theSurveysCountsPrintAsTheMinistryPrintsThem() {
        assertEquals(new BigDecimal("75.6"), SurveyPercent.of(13_199, 17_470));
        assertEquals(new BigDecimal("3.5"), SurveyPercent.of(604, 17_470));
        assertEquals(new BigDecimal("8.5"), SurveyPercent.of(1_491, 17_470));
        assertEquals(new BigDecimal("0.9"), SurveyPercent.of(164, 17_470));
        assertEquals(new BigDecimal("11.5"), SurveyPercent.of(2_012, 17_470));
    }

    @Test
    void aHalfRoundsUpAndEveryShareKeepsOneDecimal() {
        assertEquals(new BigDecimal("0.1"), SurveyPercent.of(1, 2_000)); // 0.05 exactly
        assertEquals(new BigDecimal("12.4"), SurveyPercent.of(124, 1_000)); // 12.4 exactly, no spurious rounding
        assertEquals(new BigDecimal("100.0"), SurveyPercent.of(7, 7));
        assertEquals(new BigDecimal("0.0"), SurveyPercent.of(0, 7));
        assertEquals(new BigDecimal("33.3"), SurveyPercent.of(1, 3));
        assertEquals(new BigDecimal("66.7"), SurveyPercent.of(2, 3));
    }

    @Test
    void thereIsNoShareOfNoResponders() {
        assertNull(SurveyPercent.of(0, 0));
    }
}
