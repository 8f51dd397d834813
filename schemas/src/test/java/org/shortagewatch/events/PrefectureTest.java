package org.shortagewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PrefectureTest {

    @Test
    void theFortySevenInTheOrderOfTheirJisCodes() {
        assertEquals(47, Prefecture.values().length);
        for (int i = 0; i < 47; i++) {
            assertEquals(String.format("%02d", i + 1), Prefecture.values()[i].code());
        }
        assertEquals("東京都", Prefecture.of("13").japanese());
        assertEquals("Okinawa", Prefecture.of("47").english());
    }

    @Test
    void aCodeThatNamesNoPrefectureIsFoundAsNone() {
        assertEquals(Optional.of(Prefecture.HOKKAIDO), Prefecture.find("01"));
        assertTrue(Prefecture.find("48").isEmpty());
        assertTrue(Prefecture.find("1").isEmpty());
        assertTrue(Prefecture.find(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Prefecture.of("00"));
    }
}
