package org.shortagewatch.portal.domain;

import java.util.Locale;

/**
 * A thing named with its code, as the pages name what they know by a code (an ingredient by its seven-character key):
 * 名前［code］ in Japanese, without spaces, as a notice names its products and organisations; name [code] in English,
 * as an English page names an organisation. The code alone when no name is known: a name is a courtesy.
 */
public final class NamedCode {

    private NamedCode() {
    }

    public static String of(String name, String code, Locale locale) {
        if (name == null || name.isBlank()) {
            return code;
        }
        return Languages.isEnglish(locale) ? name + " [" + code + "]" : name + "［" + code + "］";
    }
}
