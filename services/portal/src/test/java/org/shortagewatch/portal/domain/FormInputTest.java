package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class FormInputTest {

    @Test
    void aBlankFieldIsNoValue() {
        assertNull(FormInput.text(null));
        assertNull(FormInput.text("  "));
        assertEquals("a note", FormInput.text(" a note "));
    }

    @Test
    void codesAreWrittenInCapitals() {
        assertEquals("2233002R2020", FormInput.code(" 2233002r2020 "));
        assertNull(FormInput.code(null));
    }

    @Test
    void timesAndDaysThatDoNotReadAsOneAreNoValue() {
        assertEquals(LocalTime.of(22, 0), FormInput.time(" 22:00 "));
        assertNull(FormInput.time("25:00"));
        assertNull(FormInput.time(""));
        assertEquals(LocalDate.of(2026, 12, 1), FormInput.date("2026-12-01"));
        assertNull(FormInput.date("1 Dec 2026"));
        assertNull(FormInput.date(null));
    }

    @Test
    void countsAreWholeNumbersOrNone() {
        assertEquals(3, FormInput.count("3"));
        assertNull(FormInput.count("three"));
        assertNull(FormInput.count(null));
    }

    @Test
    void idsAreWholeNumbersFromOneOrNone() {
        assertEquals(12_345_678_901L, FormInput.id(" 12345678901 "));
        assertNull(FormInput.id("0"));
        assertNull(FormInput.id("-4"));
        assertNull(FormInput.id("4a"));
        assertNull(FormInput.id(null));
    }
}
