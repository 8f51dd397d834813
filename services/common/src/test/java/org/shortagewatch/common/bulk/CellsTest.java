package org.shortagewatch.common.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shortagewatch.events.ResolutionOutlook;
import org.shortagewatch.events.ShipmentResponse;
import org.shortagewatch.events.DatePrecision;
import org.shortagewatch.events.ShortageReason;

class CellsTest {

    @ParameterizedTest
    @CsvSource({
            "通常出荷, NORMAL",
            "①通常出荷, NORMAL",
            "1, NORMAL",
            "２．限定出荷（自社の事情）, LIMITED_OWN_REASONS",
            "限定出荷(他社品の影響), LIMITED_OTHER_COMPANY",
            "'4 限定出荷（その他）', LIMITED_OTHER",
            "⑤供給停止, STOPPED",
            "stopped, STOPPED"})
    void shipmentResponsesAreReadInEverySpelling(String cell, ShipmentResponse expected) {
        assertEquals(expected, Cells.coded(cell, ShipmentResponse.class, ShipmentResponse::code,
                ShipmentResponse::japanese));
    }

    @ParameterizedTest
    @CsvSource({"1．需要増, DEMAND_INCREASE", "３, MANUFACTURING_TROUBLE", "品質トラブル, QUALITY_TROUBLE",
            "8.その他, OTHER"})
    void reasonsAreReadByCodeOrWording(String cell, ShortageReason expected) {
        assertEquals(expected, Cells.coded(cell, ShortageReason.class, ShortageReason::code, ShortageReason::japanese));
    }

    @Test
    void aCodeAndAWordingThatDisagreeAreRefused() {
        var e = assertThrows(Cells.CellException.class, () -> Cells.coded("1．製造トラブル", ShortageReason.class,
                ShortageReason::code, ShortageReason::japanese));
        assertTrue(e.getMessage().contains("3 製造トラブル"), e.getMessage());
        assertThrows(Cells.CellException.class, () -> Cells.coded("7", ShortageReason.class, ShortageReason::code,
                ShortageReason::japanese));
    }

    @Test
    void aCodeWhoseWordingGoesOnIsReadByItsCode() {
        assertEquals(ShortageReason.MANUFACTURING_TROUBLE, Cells.coded("3.製造トラブル（製造委託先を含む）",
                ShortageReason.class, ShortageReason::code, ShortageReason::japanese));
        assertThrows(Cells.CellException.class, () -> Cells.coded("1.製造トラブル（製造委託先を含む）", ShortageReason.class,
                ShortageReason::code, ShortageReason::japanese));
    }

    @Test
    void codesAreReadAsTypedAndGetBackTheZeroASpreadsheetDropped() {
        assertEquals("2456001F1310", Cells.code(" ２４５６００１ｆ１３１０ "));
        assertNull(Cells.code("－"));
        assertEquals("0110113719", Cells.zeroPadded("110113719", 10));
        assertEquals("0110113719", Cells.zeroPadded("０１１０１１３７１９", 10));
        assertEquals("01", Cells.zeroPadded("1", 2));
        assertEquals("13", Cells.zeroPadded("13", 2));
        assertEquals("11011371", Cells.zeroPadded("11011371", 10));
        assertEquals("A10113719", Cells.zeroPadded("a10113719", 10));
    }

    @Test
    void blankAndDashesAreEmpty() {
        assertNull(Cells.coded("  ", ResolutionOutlook.class, null, ResolutionOutlook::japanese));
        assertNull(Cells.coded("－", ResolutionOutlook.class, null, ResolutionOutlook::japanese));
        assertEquals(ResolutionOutlook.UNDECIDED, Cells.coded("未定", ResolutionOutlook.class, null,
                ResolutionOutlook::japanese));
    }

    @ParameterizedTest
    @CsvSource({"2023-11-01", "2023/11/01", "2023/11/1", "２０２３年１１月１日", "令和5年11月1日", "R5.11.1", "45231",
            "2023-11-01T00:00"})
    void datesAreReadInEverySpelling(String cell) {
        assertEquals(LocalDate.of(2023, 11, 1), Cells.date(cell));
    }

    @Test
    void outlookDatesMayNameAMonthOrPartOfIt() {
        assertEquals(new Cells.StatedDate(LocalDate.of(2024, 3, 31), DatePrecision.MONTH),
                Cells.outlookDate("2024年3月"));
        assertEquals(new Cells.StatedDate(LocalDate.of(2024, 3, 10), DatePrecision.EARLY_MONTH),
                Cells.outlookDate("2024年3月上旬"));
        assertEquals(new Cells.StatedDate(LocalDate.of(2024, 3, 20), DatePrecision.MID_MONTH),
                Cells.outlookDate("令和6年3月中旬"));
        assertEquals(new Cells.StatedDate(LocalDate.of(2024, 3, 31), DatePrecision.LATE_MONTH),
                Cells.outlookDate("２０２４年３月下旬"));
        assertEquals(new Cells.StatedDate(LocalDate.of(2024, 2, 29), DatePrecision.MONTH), Cells.outlookDate("2024/02"));
        assertEquals(new Cells.StatedDate(LocalDate.of(2024, 3, 15), DatePrecision.DAY),
                Cells.outlookDate("2024-03-15"));
        assertEquals(Cells.StatedDate.NONE, Cells.outlookDate("未定"));
        assertEquals(Cells.StatedDate.NONE, Cells.outlookDate(" 不明 "));
        assertEquals(Cells.StatedDate.NONE, Cells.outlookDate(""));
        assertThrows(Cells.CellException.class, () -> Cells.date("未定"));
        var e = assertThrows(Cells.CellException.class, () -> Cells.date("2024年3月"));
        assertTrue(e.getMessage().contains("month"));
        assertThrows(Cells.CellException.class, () -> Cells.date("2023-02-30"));
        assertThrows(Cells.CellException.class, () -> Cells.date("soon"));
    }

    @Test
    void datesOfTheShowaEraAreRead() {
        assertEquals(LocalDate.of(1967, 9, 1), Cells.date("昭和42年9月1日"));
        assertEquals(LocalDate.of(1967, 9, 1), Cells.date("S42.9.1"));
        assertEquals(LocalDate.of(1989, 1, 1), Cells.date("昭和64年1月1日"));
    }

    @Test
    void datesOutsideTheDomainAreRefused() {
        for (String cell : new String[] {"99999-01-01", "0001-01-01", "1900/01/01", "2000000", "明治1年1月1日",
                LocalDate.now().plusYears(6).toString()}) {
            assertThrows(Cells.CellException.class, () -> Cells.date(cell), cell);
        }
        assertEquals(LocalDate.of(1950, 1, 1), Cells.date("1950-01-01"));
    }

    @Test
    void controlCharactersInACellAreRefusedNamingTheCharacter() {
        var e = assertThrows(Cells.CellException.class, () -> Cells.text("メジコン\u0000錠"));
        assertTrue(e.getMessage().contains("U+0000"), e.getMessage());
        assertThrows(Cells.CellException.class, () -> Cells.text("a\u001bb"));
        assertThrows(Cells.CellException.class, () -> Cells.text("half \ud800 pair"));
        assertEquals("二行の\n注記\tです", Cells.text("二行の\n注記\tです"));
        assertEquals("😀", Cells.text("😀"));
    }

    @Test
    void flags() {
        assertTrue(Cells.flag("○"));
        assertTrue(Cells.flag("該当"));
        assertFalse(Cells.flag(""));
        assertFalse(Cells.flag(null));
        assertThrows(Cells.CellException.class, () -> Cells.flag("maybe"));
    }

    @Test
    void aCellThatCannotBeReadIsExplainedInJapaneseAndInEnglish() {
        var flag = assertThrows(Cells.CellException.class, () -> Cells.flag("maybe"));
        assertEquals("'maybe' is not a flag: ○ (or 該当) for yes, empty for no", flag.detail().en());
        assertEquals(flag.getMessage(), flag.detail().en());
        assertTrue(flag.detail().ja().startsWith("「maybe」は該当の印として読めません"), flag.detail().ja());
        var date = assertThrows(Cells.CellException.class, () -> Cells.outlookDate("soon"));
        assertEquals("'soon' is not a date: expected e.g. 2023-11-01, 2023/11/01 or 令和5年11月1日, or a month such as"
                + " 2024年3月", date.detail().en());
        assertTrue(date.detail().ja().startsWith("「soon」は日付として読めません"), date.detail().ja());
        var month = assertThrows(Cells.CellException.class, () -> Cells.date("2024年3月"));
        assertTrue(month.detail().ja().contains("日まで書いてください"), month.detail().ja());
        var coded = assertThrows(Cells.CellException.class, () -> Cells.coded("7", ShortageReason.class,
                ShortageReason::code, ShortageReason::japanese));
        assertTrue(coded.detail().ja().contains("3 製造トラブル"), coded.detail().ja());
        assertTrue(coded.detail().ja().endsWith("のいずれでもありません"), coded.detail().ja());
        var control = assertThrows(Cells.CellException.class, () -> Cells.text("a\u001bb"));
        assertTrue(control.detail().ja().contains("U+001B"), control.detail().ja());
    }
}
