package org.shortagewatch.report.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.ShipmentVolume;
import org.shortagewatch.events.ShortageReason;
import org.shortagewatch.events.StatusReport;
import org.shortagewatch.report.persistence.Product;
import org.shortagewatch.report.persistence.StatusChange;

/**
 * A product's view and a status change's view are each one flat object: the shared record's fields (the master record,
 * the report) beside their wording, nothing written as null.
 */
class ViewJsonTest {

    /** As Quarkus configures its mapper: the java.time module, dates as ISO text. */
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theMasterFieldsStandAtTheTopLevelAndAbsentOnesAreLeftOut() {
        Product p = new Product();
        p.yjCode = "2456001F1310";
        p.productName = "テスト錠10mg";
        p.manufacturerCode = "MFR001";
        p.drugCategory = DrugCategory.INTERNAL;
        p.gs1Codes = new String[] {"4987123456784"};
        p.registeredAt = Instant.parse("2026-12-01T00:00:00Z");

        JsonNode json = JSON.valueToTree(ProductView.of(p));

        assertEquals("2456001F1310", json.get("yjCode").asText());
        assertEquals("INTERNAL", json.get("drugCategory").asText());
        assertEquals("内用薬", json.get("drugCategoryLabel").asText());
        assertEquals("2456001", json.get("ingredientKey").asText());
        assertEquals(List.of("4987123456784"), List.of(json.get("gs1Codes").get(0).asText()));
        assertFalse(json.has("details"), "no nested object");
        for (String absent : List.of("ingredient", "strengthUnit", "productCategory", "productCategoryLabel",
                "priceListingDate", "status", "stale")) {
            assertFalse(json.has(absent), absent + " is left out, not written as null");
        }
    }

    @Test
    void theReportsFieldsStandAtTheTopLevelBesideTheirWordingAndAbsentOnesAreLeftOut() {
        StatusChange c = StatusChange.of(new StatusReport("2456001F1310", ShipmentResponse.LIMITED_OWN_REASONS,
                ShortageReason.MANUFACTURING_TROUBLE, LocalDate.of(2026, 12, 1), null, null, null, null, null,
                ShipmentVolume.B, null, null, null), "MFR001");
        c.id = 7L;
        c.revision = 2;
        c.reportedAt = Instant.parse("2026-11-30T01:00:00Z");

        JsonNode json = JSON.valueToTree(StatusChangeView.of(c));

        assertEquals("2456001F1310", json.get("yjCode").asText());
        assertEquals(2, json.get("revision").asInt());
        assertEquals("LIMITED_OWN_REASONS", json.get("shipmentResponse").asText());
        assertEquals("限定出荷（自社の事情）", json.get("shipmentResponseLabel").asText());
        assertEquals("MANUFACTURING_TROUBLE", json.get("reason").asText());
        assertEquals("2026-12-01", json.get("effectiveDate").asText());
        assertEquals("ACTUAL", json.get("effectiveDateCertainty").asText());
        assertEquals("B", json.get("shipmentVolumeLetter").asText());
        assertEquals("MFR001", json.get("reportedBy").asText());
        assertFalse(json.has("report"), "no nested object");
        for (String absent : List.of("causeYjCode", "resolutionOutlook", "resolutionOutlookLabel",
                "expectedResolutionDate", "volumeImprovementDate", "volumeImprovementAmount", "supplyManager")) {
            assertFalse(json.has(absent), absent + " is left out, not written as null");
        }
    }
}
