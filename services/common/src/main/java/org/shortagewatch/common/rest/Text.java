package org.shortagewatch.common.rest;

import java.util.Objects;

/**
 * A sentence a caller reads, in Japanese and in English: the detail of a refusal, chosen per request by
 * {@link Language}.
 */
public record Text(String ja, String en) {

    public Text {
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String ja, String en) {
        return new Text(ja, en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : ja;
    }

    @Override
    public String toString() {
        return en;
    }
}
