package org.shortagewatch.portal.domain;

import java.util.Locale;

/** A name in Japanese and in English (a prefecture's, a shipment response's), shown in the page's language. */
public record Words(String japanese, String english) {

    public String in(Locale locale) {
        return Languages.isEnglish(locale) ? english : japanese;
    }
}
