package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodeLabelsTest {

    @Test
    void japanesePagesShowTheServicesLabelEnglishPagesTheCodesWording() {
        assertEquals("需要増", CodeLabels.label("DEMAND_INCREASE", "需要増", Languages.JAPANESE));
        assertEquals("Demand increase", CodeLabels.label("DEMAND_INCREASE", "需要増", Languages.ENGLISH));
        assertEquals("NEW_CODE", CodeLabels.label("NEW_CODE", null, Languages.ENGLISH), "an unknown code as it is");
    }

    @Test
    void shipmentVolumeIsItsLetterAndWordsInJapanese() {
        assertEquals("B 減少", CodeLabels.volume("B", "B", "減少", Languages.JAPANESE));
        assertEquals("減少", CodeLabels.volume("B", null, "減少", Languages.JAPANESE));
        assertEquals("", CodeLabels.volume(null, null, null, Languages.JAPANESE));
        assertEquals("B reduced", CodeLabels.volume("B", "B", "減少", Languages.ENGLISH));
    }
}
