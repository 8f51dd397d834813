package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShipmentResponseLabelTest {

    @Test
    void theFiveResponsesCarryTheSurveysNumbersAndWords() {
        assertEquals("① 通常出荷", label("NORMAL"));
        assertEquals("② 限定出荷（自社の事情）", label("LIMITED_OWN_REASONS"));
        assertEquals("③ 限定出荷（他社品の影響）", label("LIMITED_OTHER_COMPANY"));
        assertEquals("④ 限定出荷（その他）", label("LIMITED_OTHER"));
        assertEquals("⑤ 供給停止", label("STOPPED"));
        assertEquals("Supply stopped", ShipmentResponseLabel.STOPPED.label(Languages.ENGLISH));
        assertNull(ShipmentResponseLabel.of("SHORT"));
        assertNull(ShipmentResponseLabel.of(null));
    }

    @Test
    void badgeColoursKeepWhiteTextReadable() {
        for (ShipmentResponseLabel r : ShipmentResponseLabel.values()) {
            assertTrue(contrastWithWhite(r.colour()) >= 4.5, r + " " + r.colour());
        }
    }

    private static String label(String code) {
        ShipmentResponseLabel r = ShipmentResponseLabel.of(code);
        return r.number() + " " + r.label(Languages.JAPANESE);
    }

    /** WCAG 2 contrast ratio of a #rrggbb colour against white. */
    static double contrastWithWhite(String hex) {
        double l = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            l += weights[i] * c;
        }
        return 1.05 / (l + 0.05);
    }
}
