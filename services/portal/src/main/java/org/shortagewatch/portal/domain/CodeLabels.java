package org.shortagewatch.portal.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * English wording for the codes the services answer with their Japanese label (reason ⑭, outlook ⑮, volume ⑰,
 * product category ⑧), kept as a table in {@code code-labels-en.properties} beside this class. Japanese pages show the
 * service's own label, so the two never drift apart in Japanese.
 */
public final class CodeLabels {

    /** The English words, by code. */
    private static final Properties ENGLISH = load("code-labels-en.properties");

    private CodeLabels() {
    }

    /** The service's Japanese label on Japanese pages; on English pages the English wording of the code. */
    public static String label(String code, String japanese, Locale locale) {
        if (code == null) {
            return japanese == null ? "" : japanese;
        }
        if (Languages.isEnglish(locale)) {
            return ENGLISH.getProperty(code, japanese == null ? code : japanese);
        }
        return japanese == null ? code : japanese;
    }

    /**
     * Shipment volume ⑰ in the page's language: on Japanese pages its letter and the service's words ({@code B 減少}),
     * on English pages the English wording of its code.
     */
    public static String volume(String code, String letter, String japanese, Locale locale) {
        if (Languages.isEnglish(locale)) {
            return label(code, japanese, locale);
        }
        return (letter == null ? "" : letter + " ") + (japanese == null ? "" : japanese);
    }

    private static Properties load(String name) {
        Properties table = new Properties();
        try (InputStream in = CodeLabels.class.getResourceAsStream(name)) {
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
