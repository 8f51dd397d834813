package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void writesDatesInTheReiwaEra() {
        assertEquals("令和5年9月29日", JapaneseDates.era(LocalDate.of(2023, 9, 29)));
        assertEquals("令和8年12月1日", JapaneseDates.era(LocalDate.of(2026, 12, 1)));
        assertEquals("令和元年5月1日", JapaneseDates.era(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年4月30日", JapaneseDates.era(LocalDate.of(2019, 4, 30)));
    }
}
