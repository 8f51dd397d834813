package org.shortagewatch.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A status change as the portal reads it: an outlook date stated to a part of a month comes with its precision beside
 * it, and a change without one (every date stated to the day, and all data from before) has none.
 */
class ReportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void anOutlookStatedToAPartOfAMonthCarriesItsPrecision() throws Exception {
        ReportApi.StatusChange c = JSON.readValue("""
                {"id":7,"yjCode":"2171022F1030","revision":3,"shipmentResponse":"LIMITED_OWN",
                 "effectiveDate":"2026-12-01","reportedAt":"2026-12-01T01:00:00Z","resolutionOutlook":"YES",
                 "expectedResolutionDate":"2027-03-31","expectedResolutionPrecision":"LATE_MONTH",
                 "shipmentVolume":"B","volumeImprovementDate":"2027-02-10",
                 "volumeImprovementPrecision":"EARLY_MONTH"}""",
                ReportApi.StatusChange.class);
        assertEquals(LocalDate.of(2027, 3, 31), c.expectedResolutionDate());
        assertEquals("LATE_MONTH", c.expectedResolutionPrecision());
        assertEquals(LocalDate.of(2027, 2, 10), c.volumeImprovementDate());
        assertEquals("EARLY_MONTH", c.volumeImprovementPrecision());
    }

    @Test
    void anOutlookStatedToTheDayHasNoPrecision() throws Exception {
        ReportApi.StatusChange c = JSON.readValue("""
                {"id":8,"yjCode":"2171022F1030","revision":4,"shipmentResponse":"LIMITED_OWN",
                 "expectedResolutionDate":"2027-03-15","volumeImprovementDate":"2027-02-01"}""",
                ReportApi.StatusChange.class);
        assertNull(c.expectedResolutionPrecision());
        assertNull(c.volumeImprovementPrecision());
    }

    @Test
    void aPageOfProductsSaysWhichAreStaleAndFindsOneByCode() throws Exception {
        ReportApi.ProductPage page = JSON.readValue("""
                {"items":[{"yjCode":"2223001F2021","lastConfirmedAt":"2026-11-01T01:00:00Z","stale":true},
                          {"yjCode":"2223001F3028"}],"page":1,"size":20,"totalItems":2,"totalPages":1}""",
                ReportApi.ProductPage.class);
        assertTrue(page.anyStale());
        assertEquals(Instant.parse("2026-11-01T01:00:00Z"), page.item("2223001F2021").lastConfirmedAt());
        assertNull(page.item("2223001F3028").stale(), "absent when the service does not judge it");
        assertNull(page.item("9999999X9998"));
        page = JSON.readValue("""
                {"items":[{"yjCode":"2223001F3028","stale":false}]}""", ReportApi.ProductPage.class);
        assertFalse(page.anyStale());
    }
}
