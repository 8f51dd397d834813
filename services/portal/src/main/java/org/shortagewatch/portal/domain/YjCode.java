package org.shortagewatch.portal.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** The YJ code (個別医薬品コード) as the pages read what users type: 12 characters, one product. */
public final class YjCode {

    public static final int LENGTH = 12;
    private static final Pattern COMPLETE = Pattern.compile("[0-9]{4}[0-9A-Z]{3}[A-Z][0-9A-Z]{4}");

    private YjCode() {
    }

    /** Whether the text, in any case, is a whole YJ code rather than the start of one or a name. */
    public static boolean isComplete(String text) {
        return text != null && COMPLETE.matcher(text.toUpperCase(Locale.ROOT)).matches();
    }

    /** Whether a code has a YJ code's length: one that could name a product. */
    public static boolean hasLength(String code) {
        return code != null && code.length() == LENGTH;
    }
}
