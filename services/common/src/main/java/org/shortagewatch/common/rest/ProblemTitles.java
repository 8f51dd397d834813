package org.shortagewatch.common.rest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Japanese title of each kind of refusal ({@code problem-titles-ja.properties} beside this class). A problem's
 * {@code type} and English {@code title} are fixed (clients match on them); the title a Japanese caller reads comes
 * from here.
 */
public final class ProblemTitles {

    private static final Properties JAPANESE = load();

    private ProblemTitles() {
    }

    /** The title in the caller's language; an English title without a Japanese one is kept as it is. */
    public static String in(Language language, String englishTitle) {
        return language == Language.EN ? englishTitle : JAPANESE.getProperty(englishTitle, englishTitle);
    }

    static boolean hasJapanese(String englishTitle) {
        return JAPANESE.containsKey(englishTitle);
    }

    private static Properties load() {
        Properties titles = new Properties();
        try (Reader in = new InputStreamReader(ProblemTitles.class.getResourceAsStream("problem-titles-ja.properties"),
                StandardCharsets.UTF_8)) {
            titles.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }
}
