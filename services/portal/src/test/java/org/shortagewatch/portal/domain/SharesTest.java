package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void aFractionIsAPercentageToOneDecimalRoundedHalfUp() {
        assertEquals("75.6%", Shares.percent(13199.0 / 17470));
        assertEquals("100.0%", Shares.percent(1.0));
        assertEquals("0.0%", Shares.percent(0.0));
        assertEquals("12.4%", Shares.percent(0.12449));
        assertEquals("12.5%", Shares.percent(0.12450));
    }

    @Test
    void noShareIsNoText() {
        assertEquals("", Shares.percent(null));
        assertEquals("", Shares.percent(Double.NaN));
    }
}
