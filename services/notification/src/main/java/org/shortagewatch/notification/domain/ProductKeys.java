package org.shortagewatch.notification.domain;

/**
 * What a YJ code says about its product: therapeutic class (first 4), ingredient key (first 7) and the key of
 * same-ingredient, same-form, same-strength products, shared by every brand of it (first 9).
 */
public record ProductKeys(String yjCode, String therapeuticClass, String ingredientKey, String alternativeKey) {

    public static ProductKeys of(String yjCode) {
        return new ProductKeys(yjCode, yjCode.substring(0, 4), yjCode.substring(0, 7), yjCode.substring(0, 9));
    }
}
