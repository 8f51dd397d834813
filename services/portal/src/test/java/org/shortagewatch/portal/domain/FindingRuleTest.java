package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class FindingRuleTest {

    @Test
    void eachRuleIsNamedInThePagesLanguage() {
        assertEquals("入手困難報告の集中", FindingRule.label("CANNOT_OBTAIN_CLUSTER", Locale.JAPANESE));
        assertEquals("Regional imbalance", FindingRule.label("REGIONAL_IMBALANCE", Locale.ENGLISH));
        assertEquals("NEW_RULE", FindingRule.label("NEW_RULE", Locale.JAPANESE), "an unknown rule by its code");
        assertEquals("", FindingRule.label(null, Locale.JAPANESE));
        assertNull(FindingRule.of("NEW_RULE"));
    }

    @Test
    void surgesAndDuplicateOrdersAreAboutSingleFacilities() {
        assertTrue(FindingRule.ORDER_SURGE.aboutFacilities());
        assertTrue(FindingRule.DUPLICATE_ORDERING.aboutFacilities());
        assertFalse(FindingRule.REGIONAL_IMBALANCE.aboutFacilities());
        assertFalse(FindingRule.CANNOT_OBTAIN_CLUSTER.aboutFacilities());
    }
}
