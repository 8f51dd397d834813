package org.shortagewatch.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

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
    void codesTypedFullWidthOrHalfWidthAreTheSameCode() {
        assertEquals("2171022F1010", FormInput.code("２１７１０２２Ｆ１０１０"));
        assertEquals("2171022F1010", FormInput.code("\u3000２１７１０２２ｆ１０１０ "));
        assertEquals("1341234563", FormInput.code("１３４１２３４５６３"));
        assertEquals(FormInput.code("2171022"), IngredientChoice.keyOf("２１７１０２２"));
    }

    @Test
    void aSearchIsSentAsNfkc() {
        assertEquals("アムロジピン", FormInput.search(" ｱﾑﾛｼﾞﾋﾟﾝ "));
        assertEquals("ABC 5mg", FormInput.search("ＡＢＣ　５ｍｇ"));
        assertEquals("", FormInput.search(null));
    }

    @Test
    void timesAndDaysAreReadFullWidthTooAndOneThatDoesNotReadIsUnreadableNamingWhatWasTyped() {
        assertEquals(LocalTime.of(22, 0), FormInput.time(" 22:00 "));
        assertEquals(LocalTime.of(22, 0), FormInput.time("２２：００"));
        assertEquals("25:00", assertThrows(FormInput.Unreadable.class, () -> FormInput.time("25:00")).typed());
        assertNull(FormInput.time(""));
        assertEquals(LocalDate.of(2026, 12, 1), FormInput.date("2026-12-01"));
        assertEquals(LocalDate.of(2026, 12, 1), FormInput.date("２０２６－１２－０１"));
        assertEquals("2026-02-30", assertThrows(FormInput.Unreadable.class, () -> FormInput.date("2026-02-30")).typed());
        assertThrows(FormInput.Unreadable.class, () -> FormInput.date("1 Dec 2026"));
        assertNull(FormInput.date(null));
        assertNull(FormInput.date("\u3000"), "an ideographic space is blank");
    }

    @Test
    void countsAreWholeNumbersOrNoneAndAnythingElseIsUnreadable() {
        assertEquals(3, FormInput.count("3"));
        assertEquals(30, FormInput.count("３０"));
        assertThrows(FormInput.Unreadable.class, () -> FormInput.count("three"));
        assertThrows(FormInput.Unreadable.class, () -> FormInput.count("9999999999"));
        assertNull(FormInput.count(null));
        assertNull(FormInput.count(" "));
    }

    @Test
    void aTypedFormKeepsEveryFieldThatDoesNotReadWithWhatWasTyped() {
        TypedForm read = new TypedForm();
        assertNull(read.time("quietStart", "25:00"));
        assertEquals(LocalTime.of(7, 0), read.time("quietEnd", "０７：００"));
        assertNull(read.count("expiresInDays", "abc"));
        assertEquals(List.of(new TypedForm.Unread("quietStart", "25:00", TypedForm.Kind.TIME),
                new TypedForm.Unread("expiresInDays", "abc", TypedForm.Kind.COUNT)), read.unread());
        assertTrue(new TypedForm().allRead());
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
