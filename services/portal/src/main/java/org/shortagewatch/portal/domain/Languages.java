package org.shortagewatch.portal.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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

    private static final Pattern TAG = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern QUALITY = Pattern.compile("q=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)");

    /**
     * The languages of an Accept-Language header in order of preference, leniently (RFC 9110 section 12.5.4): an
     * entry that does not read (a tag that is no tag, a quality that is no number from 0 to 1 with at most three
     * decimals, a parameter other than q) is left out rather than refusing the page, and q=0 means not wanted. A
     * header that is missing or reads as nothing gives no languages, so the page is Japanese.
     */
    public static List<Locale> acceptable(String header) {
        return entries(header).stream().filter(e -> e.quality() > 0 && !"*".equals(e.tag()))
                .sorted(Comparator.comparingDouble(Entry::quality).reversed()).map(e -> Locale.forLanguageTag(e.tag()))
                .toList();
    }

    /**
     * The header with only its entries that read, as a strict reader takes them (JAX-RS's, which refuses a request
     * over one malformed entry), or null when none does.
     */
    public static String wellFormed(String header) {
        List<Entry> entries = entries(header);
        return entries.isEmpty() ? null
                : String.join(", ", entries.stream().map(Entry::text).toList());
    }

    private record Entry(String tag, double quality, String text) {
    }

    private static List<Entry> entries(String header) {
        List<Entry> entries = new ArrayList<>();
        if (header == null) {
            return entries;
        }
        for (String part : header.split(",")) {
            String[] pieces = part.split(";", -1);
            String tag = pieces[0].strip();
            if (!TAG.matcher(tag).matches() || pieces.length > 2) {
                continue;
            }
            double quality = 1;
            if (pieces.length == 2) {
                String q = pieces[1].strip().toLowerCase(Locale.ROOT);
                if (!QUALITY.matcher(q).matches()) {
                    continue;
                }
                quality = Double.parseDouble(q.substring(2));
            }
            entries.add(new Entry(tag, quality, part.strip()));
        }
        return entries;
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
