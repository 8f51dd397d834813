package org.shortagewatch.common.validation;

import org.shortagewatch.common.rest.Text;

/**
 * Text a caller sends may hold no control characters but tab, line feed and carriage return, and no half of a
 * surrogate pair: NUL cannot be stored (PostgreSQL refuses it), a lone surrogate cannot be written as UTF-8, and the
 * others are never meant (they come from binary garbage or from attempts to break a header, a log line or a
 * terminal).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first forbidden character (or half of a surrogate pair standing alone), or -1. */
    public static int indexIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** C0 controls but tab, line feed and carriage return; DEL and the C1 controls; a lone surrogate. */
    public static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)
                || Character.isSurrogate(c);
    }

    /** What is wrong, naming the character by its code point and where it stands. */
    public static Text describe(CharSequence text, int index) {
        String code = String.format("U+%04X", (int) text.charAt(index));
        return Text.of((index + 1) + " 文字目に制御文字 " + code + " があります（使えるのはタブと改行だけです）",
                "holds the control character " + code + " at position " + (index + 1)
                        + " (only tab and line breaks are allowed)");
    }
}
