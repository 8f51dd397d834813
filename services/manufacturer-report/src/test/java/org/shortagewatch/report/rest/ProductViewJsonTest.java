package org.shortagewatch.report.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.shortagewatch.events.DrugCategory;
import org.shortagewatch.report.persistence.Product;

/** A product's view is one flat object: its master fields beside their wording, nothing written as null. */
class ProductViewJsonTest {

    @Test
    void theMasterFieldsStandAtTheTopLevelAndAbsentOnesAreLeftOut() {
        Product p = new Product();
        p.yjCode = "2456001F1310";
        p.productName = "テスト錠10mg";
        p.manufacturerCode = "MFR001";
        p.drugCategory = DrugCategory.INTERNAL;
        p.gs1Codes = new String[] {"4987123456784"};
        p.registeredAt = Instant.parse("2026-12-01T00:00:00Z");

        JsonNode json = new ObjectMapper().findAndRegisterModules().valueToTree(ProductView.of(p));

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
}
