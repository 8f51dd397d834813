package org.shortagewatch.report.domain;

import org.shortagewatch.common.rest.Text;

/**
 * Why a caller cannot report on (or confirm) a product it names. The catalogue is public, so a code that names no
 * product is told as unknown (most often a typing mistake); a product of another organisation is told as not the
 * caller's.
 */
public final class ProductOwnership {

    private ProductOwnership() {
    }

    /** The code names no registered product. */
    public static Text unknown(String yjCode) {
        return Text.of("品目 " + yjCode + " は登録されていません（YJ コードを確かめてください）",
                "no product " + yjCode + " is registered (check the YJ code)");
    }

    /** The product is another organisation's. */
    public static Text notYours(String yjCode) {
        return Text.of(yjCode + " は貴社の品目ではありません", yjCode + " is not a product of your organisation");
    }
}
