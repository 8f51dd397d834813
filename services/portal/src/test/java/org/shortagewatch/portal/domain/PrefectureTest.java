package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PrefectureTest {

    @Test
    void fortySevenInJisOrderEachOnItsOwnSquareInsideTheMap() {
        assertEquals(47, Prefecture.values().length);
        Set<String> squares = new HashSet<>();
        for (int i = 0; i < Prefecture.values().length; i++) {
            Prefecture p = Prefecture.values()[i];
            assertEquals(String.format("%02d", i + 1), p.code());
            assertTrue(p.column() >= 0 && p.column() < Prefecture.COLUMNS && p.row() >= 0 && p.row() < Prefecture.ROWS, p.name());
            assertTrue(squares.add(p.column() + "," + p.row()), p + " shares its square");
        }
    }

    @Test
    void codesAndNames() {
        assertEquals(Prefecture.TOKYO, Prefecture.ofCode("13").orElseThrow());
        assertEquals(Prefecture.HOKKAIDO, Prefecture.ofCode("1").orElseThrow());
        assertTrue(Prefecture.ofCode("48").isEmpty());
        assertTrue(Prefecture.ofCode(null).isEmpty());
        assertEquals("東京", Prefecture.TOKYO.label(Languages.JAPANESE));
        assertEquals("Tokyo", Prefecture.TOKYO.label(Languages.ENGLISH));
    }
}
