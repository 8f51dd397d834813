package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A product is named with its strength only where its name does not already state it. */
class ProductLabelTest {

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "メジコン錠15mg, 15mg1錠, -",
            "アムロジピン錠5mg「北」, 5mg1錠, -",
            "セファゾリンNa注射用1g「東」, 1g1瓶, -",
            "アムロジピン錠2.5mg「東」, 2.5mg1錠, -",
            "キシロカイン点眼液4%, 4%1mL, -",
            "生理食塩液100mL, 100ml1袋, -", // letters in either case
            "メジコン錠１５ｍｇ, 15mg1錠, -", // full-width as printed
            "メジコン錠15㎎, 15mg1錠, -",
            "ペニシリンGカリウム注射用20万単位, 20万単位1瓶, -",
            "カロナール錠200, 200mg1錠, 200mg1錠", // the amount without its unit
            "セファゾリンNa注射用11g, 1g1瓶, 1g1瓶", // the tail of a longer number
            "ワセリン軟膏0.1g, 1g1瓶, 1g1瓶",
            "テスト錠, 1錠, 1錠", // no amount of a strength: shown
            "テスト錠, -, -",
            "-, 10mg1錠, 10mg1錠"})
    void theStrengthIsShownOnlyWhereTheNameDoesNotStateIt(String name, String strengthUnit, String shown) {
        assertEquals(shown, ProductLabel.strengthShown(name, strengthUnit));
    }

    @Test
    void theNameTheStrengthItLacksTheMakerAndTheCodeWithoutSpacesInJapanese() {
        assertEquals("メジコン錠15mg（シオノギファーマ）［2223001F1050］",
                ProductLabel.ja("2223001F1050", "メジコン錠15mg", "15mg1錠", "シオノギファーマ"));
        assertEquals("カロナール錠200（200mg1錠、あゆみ製薬）［1141007F1063］",
                ProductLabel.ja("1141007F1063", "カロナール錠200", "200mg1錠", "あゆみ製薬"));
        assertEquals("カロナール錠200（200mg1錠）［1141007F1063］",
                ProductLabel.ja("1141007F1063", "カロナール錠200", "200mg1錠", null));
        assertEquals("メジコン錠15mg［2223001F1050］", ProductLabel.ja("2223001F1050", "メジコン錠15mg", "15mg1錠", null));
        assertEquals("［2223001F1050］", ProductLabel.ja("2223001F1050", null, "15mg1錠", "シオノギファーマ"));
    }

    @Test
    void inEnglishTheSameParts() {
        assertEquals("メジコン錠15mg (シオノギファーマ) [2223001F1050]",
                ProductLabel.en("2223001F1050", "メジコン錠15mg", "15mg1錠", "シオノギファーマ"));
        assertEquals("カロナール錠200 200mg1錠 (あゆみ製薬) [1141007F1063]",
                ProductLabel.en("1141007F1063", "カロナール錠200", "200mg1錠", "あゆみ製薬"));
        assertEquals("2223001F1050", ProductLabel.en("2223001F1050", null, null, null));
    }
}
