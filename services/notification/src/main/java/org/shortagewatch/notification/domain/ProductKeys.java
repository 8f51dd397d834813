package org.shortagewatch.notification.domain;

import org.shortagewatch.events.YjCodes;

/**
 * What a YJ code says about its product: therapeutic class (first 4), ingredient key (first 7) and the key of
 * same-ingredient, same-form, same-strength products, shared by every brand of it (first 9).
 */
public record ProductKeys(String yjCode, String therapeuticClass, String ingredientKey, String alternativeKey) {

    public static ProductKeys of(String yjCode) {
        return new ProductKeys(yjCode, YjCodes.therapeuticClass(yjCode), YjCodes.ingredientKey(yjCode),
                YjCodes.ingredientFormStrengthKey(yjCode));
    }
}
