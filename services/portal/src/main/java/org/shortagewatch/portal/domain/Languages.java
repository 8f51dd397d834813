package org.shortagewatch.portal.domain;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Which language a page is in: Japanese first; English when the user chose it or the browser prefers it. */
public final class Languages {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /**
     * The page's locale: an explicit choice ({@code ja} or {@code en}, from the query or the cookie) wins; otherwise
     * the first of the browser's languages (Accept-Language, in order of preference) that is Japanese or English;
     * otherwise Japanese.
     */
    public static Locale choose(String choice, List<Locale> acceptable) {
        Locale chosen = parse(choice);
        if (chosen != null) {
            return chosen;
        }
        if (acceptable != null) {
            for (Locale l : acceptable) {
                Locale known = parse(l.getLanguage());
                if (known != null) {
                    return known;
                }
            }
        }
        return JAPANESE;
    }

    /** ja or en, or null for anything else. */
    public static Locale parse(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> JAPANESE;
            case "en" -> ENGLISH;
            default -> null;
        };
    }

    /** The language code a choice keeps: ja or en, Japanese for anything else. */
    public static String codeOrJapanese(String code) {
        Locale chosen = parse(code);
        return (chosen == null ? JAPANESE : chosen).getLanguage();
    }

    /**
     * Where to go back after choosing the language: the page it was chosen on if that is a path of this site, else
     * the home page (never another site, as {@code //host} or {@code /\host} would be, and never no address at all,
     * as a path with a blank or a broken {@code %} escape would be: the switch's own link sends it encoded).
     */
    public static String backTo(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && isAddress(path) ? path : "/";
    }

    private static boolean isAddress(String path) {
        try {
            URI.create(path);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }
}
