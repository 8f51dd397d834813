package org.shortagewatch.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A product is named with its strength only where its name does not already state it. */
class ProductLabelTest {

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            メジコン錠15mg                      | 15mg1錠     | -
            アムロジピン錠5mg「北」             | 5mg1錠      | -
            セファゾリンNa注射用1g「東」        | 1g1瓶       | -
            アムロジピン錠2.5mg「東」           | 2.5mg1錠    | -
            キシロカイン点眼液4%                | 4%1mL       | -
            生理食塩液100mL                     | 100ml1袋    | -
            メジコン錠１５ｍｇ                  | 15mg1錠     | -
            メジコン錠15㎎                      | 15mg1錠     | -
            ペニシリンGカリウム注射用20万単位   | 20万単位1瓶 | -
            カロナール錠200                     | 200mg1錠    | 200mg1錠
            セファゾリンNa注射用11g             | 1g1瓶       | 1g1瓶
            ワセリン軟膏0.1g                    | 1g1瓶       | 1g1瓶
            テスト錠                            | 1錠         | 1錠
            テスト錠                            | -           | -
            -                                   | 10mg1錠     | 10mg1錠
            """)
    void theStrengthIsShownOnlyWhereTheNameDoesNotStateIt(String name, String strengthUnit, String shown) {
        // stated: the same amount and unit, in either case, full-width or as ㎎; not stated: the amount without its
        // unit (カロナール錠200), the tail of a longer number (11g, 0.1g), or no amount at the 規格単位's start
        assertEquals(shown, ProductLabel.strengthShown(name, strengthUnit));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            メジコン錠15mg  | 15mg1錠  | シオノギファーマ | メジコン錠15mg（シオノギファーマ）［2223001F1050］     | メジコン錠15mg (シオノギファーマ) [2223001F1050]
            カロナール錠200 | 200mg1錠 | あゆみ製薬       | カロナール錠200（200mg1錠、あゆみ製薬）［2223001F1050］ | カロナール錠200 200mg1錠 (あゆみ製薬) [2223001F1050]
            カロナール錠200 | 200mg1錠 | -                | カロナール錠200（200mg1錠）［2223001F1050］             | カロナール錠200 200mg1錠 [2223001F1050]
            メジコン錠15mg  | 15mg1錠  | -                | メジコン錠15mg［2223001F1050］                         | メジコン錠15mg [2223001F1050]
            -               | 15mg1錠  | シオノギファーマ | ［2223001F1050］                                       | 2223001F1050
            """)
    void theNameTheStrengthItLacksTheMakerAndTheCodeWithoutSpacesInJapanese(String name, String strengthUnit,
            String maker, String ja, String en) {
        assertEquals(ja, ProductLabel.ja("2223001F1050", name, strengthUnit, maker));
        assertEquals(en, ProductLabel.en("2223001F1050", name, strengthUnit, maker));
    }
}
