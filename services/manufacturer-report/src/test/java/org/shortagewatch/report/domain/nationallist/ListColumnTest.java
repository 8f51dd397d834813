package org.shortagewatch.report.domain.nationallist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ListColumnTest {

    @Test
    void eachColumnCarriesTheApiFieldItsNameSaysInCamelCase() {
        assertEquals(List.of("drugCategory", "therapeuticClass", "ingredient", "strengthUnit", "yjCode",
                "productName", "manufacturerName", "productCategory", "basicDrug", "supplySecurityClass",
                "priceListingDate", "shipmentResponse", "effectiveDate", "reason", "resolutionOutlook",
                "expectedResolutionDate", "shipmentVolume", "volumeImprovementDate", "volumeImprovementAmount",
                "updated", "manufacturerCode", "causeYjCode"),
                Arrays.stream(ListColumn.values()).map(ListColumn::field).toList());
    }

    @Test
    void theFirstLabelIsWrittenAndEveryLabelIsRecognised() {
        assertEquals("⑩供給確保医薬品", ListColumn.SUPPLY_SECURITY_CLASS.header());
        assertEquals("原因品目YJコード", ListColumn.CAUSE_YJ_CODE.header());
        assertEquals(Optional.of(ListColumn.SUPPLY_SECURITY_CLASS), ListColumn.ofHeader("安定確保医薬品"));
        assertEquals(Optional.of(ListColumn.CAUSE_YJ_CODE), ListColumn.ofHeader("他社品YJコード"));
    }
}
