package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A wholesaler is named as the pages name a thing they know by a code, and by its code alone when it has no name. */
class WholesalerLabelTest {

    @Test
    void aNamedWholesalerIsItsNameWithItsCodeInEachLanguage() {
        assertEquals("架空薬品販売株式会社［WHS001］", WholesalerLabel.ja("WHS001", "架空薬品販売株式会社"));
        assertEquals("架空薬品販売株式会社 [WHS001]", WholesalerLabel.en("WHS001", "架空薬品販売株式会社"));
        assertEquals("卸売業者 架空薬品販売株式会社［WHS001］", WholesalerLabel.titledJa("WHS001", "架空薬品販売株式会社"));
        assertEquals("Wholesaler 架空薬品販売株式会社 [WHS001]", WholesalerLabel.titledEn("WHS001", "架空薬品販売株式会社"));
    }

    @Test
    void aWholesalerWithoutANameIsItsCodeAlone() {
        for (String none : new String[] {null, "", "  "}) {
            assertEquals("WHS001", WholesalerLabel.ja("WHS001", none));
            assertEquals("WHS001", WholesalerLabel.en("WHS001", none));
            assertEquals("卸売業者WHS001", WholesalerLabel.titledJa("WHS001", none));
            assertEquals("Wholesaler WHS001", WholesalerLabel.titledEn("WHS001", none));
        }
    }
}
