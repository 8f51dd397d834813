package org.shortagewatch.portal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A status report as the form sends it: an outlook date's precision beside the date, absent when it is the day. */
class MakerApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPrecisionChosenIsSentBesideItsDate() {
        JsonNode sent = JSON.valueToTree(new MakerApi.StatusReport("2171022F1030", "LIMITED_OWN", "RAW_MATERIALS",
                "2026-12-01", "ACTUAL", null, "YES", "2027-03-05", "LATE_MONTH", "B", "2027-02-01", "MONTH", null));
        assertEquals("2027-03-05", sent.path("expectedResolutionDate").asText());
        assertEquals("LATE_MONTH", sent.path("expectedResolutionPrecision").asText());
        assertEquals("MONTH", sent.path("volumeImprovementPrecision").asText());
        assertFalse(sent.has("causeYjCode"), "blank fields are absent");
    }

    @Test
    void aDateStatedToTheDayIsSentWithoutPrecision() {
        JsonNode sent = JSON.valueToTree(new MakerApi.StatusReport("2171022F1030", "LIMITED_OWN", "RAW_MATERIALS",
                "2026-12-01", "ACTUAL", null, "YES", "2027-03-15", null, "B", "2027-02-01", null, null));
        assertFalse(sent.has("expectedResolutionPrecision"));
        assertFalse(sent.has("volumeImprovementPrecision"));
    }
}
