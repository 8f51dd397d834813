package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FindingAdviceTest {

    @ParameterizedTest
    @CsvSource({
            "ORDER_SURGE, ruleORDER_SURGE, adviceSurgeHold",
            "DUPLICATE_ORDERING, ruleDUPLICATE_ORDERING, adviceDuplicateAsk",
            "REGIONAL_IMBALANCE, ruleREGIONAL_IMBALANCE, adviceRegionalFirst",
            "CANNOT_OBTAIN_CLUSTER, ruleCANNOT_OBTAIN_CLUSTER, adviceClusterCheck",
            "SOMETHING_NEW, ruleUnknown, adviceUnknown"})
    void everyKindOfFindingHasItsWordsAndStepsFirstTheOneToTakeFirst(String rule, String ruleKey, String first) {
        FindingAdvice advice = FindingAdvice.of(rule, Map.of());
        assertEquals(ruleKey, advice.ruleKey());
        assertEquals(first, advice.steps().get(0));
        assertTrue(advice.steps().size() >= 1);
    }

    @Test
    void aSurgeNamesTheGuidelinesCapOfItsFacilitysOrders() {
        FindingAdvice advice = FindingAdvice.of("ORDER_SURGE", Map.of("expectedUnits", 280.0, "threshold", 1.1,
                "orderedUnits", 350));
        assertTrue(advice.hasCap());
        assertEquals(308L, advice.capUnits(), "280 × 110%, whole units (not 307 from 307.99999)");
        assertEquals(92L, FindingAdvice.of("ORDER_SURGE", Map.of("expectedUnits", 83.9, "threshold", 1.1)).capUnits());
    }

    @Test
    void withoutItsEvidenceASurgeHasNoCapAndOtherFindingsNeverOne() {
        assertNull(FindingAdvice.of("ORDER_SURGE", Map.of("expectedUnits", "many")).capUnits());
        assertNull(FindingAdvice.of("ORDER_SURGE", null).capUnits());
        assertFalse(FindingAdvice.of("DUPLICATE_ORDERING", Map.of("expectedUnits", 280.0, "threshold", 1.1)).hasCap());
    }
}
